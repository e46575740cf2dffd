using Google.Api;
using Google.Protobuf.Reflection;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>One REST route of an RPC: its google.api.http rule or one of the rule's additional_bindings.</summary>
/// <param name="Index">0 for the rule itself, 1.. for its additional bindings (they need distinct operation ids).</param>
public sealed record HttpBinding(MethodDescriptor Method, HttpMethod Verb, string Template, string Body, string ResponseBody, int Index)
{
    /// <summary>The bindings of <paramref name="method"/>; none for an RPC that is gRPC only.</summary>
    public static IEnumerable<HttpBinding> Of(MethodDescriptor method)
    {
        if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not { } rule)
        {
            yield break;
        }

        yield return From(method, rule, 0);
        for (var i = 0; i < rule.AdditionalBindings.Count; i++)
        {
            yield return From(method, rule.AdditionalBindings[i], i + 1);
        }
    }

    private static HttpBinding From(MethodDescriptor method, HttpRule rule, int index)
    {
        var (verb, template) = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => (HttpMethod.Get, rule.Get),
            HttpRule.PatternOneofCase.Post => (HttpMethod.Post, rule.Post),
            HttpRule.PatternOneofCase.Put => (HttpMethod.Put, rule.Put),
            HttpRule.PatternOneofCase.Patch => (HttpMethod.Patch, rule.Patch),
            HttpRule.PatternOneofCase.Delete => (HttpMethod.Delete, rule.Delete),
            HttpRule.PatternOneofCase.Custom => (new HttpMethod(rule.Custom.Kind), rule.Custom.Path),
            _ => throw new InvalidOperationException($"{method.FullName}: an http rule without a pattern."),
        };
        return new HttpBinding(method, verb, template, rule.Body, rule.ResponseBody, index);
    }
}
