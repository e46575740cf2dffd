using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;
using Mc2cm.Gateway.ApiDocs;

namespace Mc2cm.Gateway.Routing;

/// <summary>
/// Names the gateway's span of a proxied call as the caller knows it: a gRPC call by its method
/// ("mc2cm.cities.v1.CitiesService/GetCity"), a REST call by its verb and route as the API document
/// spells it ("GET /api/v1/cities/{name}"), not by YARP's route pattern ("{**rest}").
/// </summary>
public sealed partial class RouteSpanNames
{
    private readonly HashSet<string> _grpcMethods;
    private readonly List<(string Verb, string Path, Regex Pattern)> _restRoutes;

    public RouteSpanNames(IEnumerable<FileDescriptor> files)
    {
        var methods = files.SelectMany(f => f.Services).SelectMany(s => s.Methods).ToList();
        _grpcMethods = [.. methods.Select(m => $"{m.Service.FullName}/{m.Name}")];
        _restRoutes = [.. methods.SelectMany(HttpBinding.Of)
            .Select(b => (b.Verb.Method, PathTemplate.ToOpenApi(b.Template, b.Method.InputType).Path))
            .Distinct()
            // The most literal route first: "/cities/{name}/partners" before "/cities/{name}".
            .OrderBy(r => Placeholder().Count(Regex.Escape(r.Path)))
            .ThenByDescending(r => r.Path.Length)
            .Select(r => (r.Method, r.Path, new Regex($"^{Placeholder().Replace(Regex.Escape(r.Path), "[^/]+")}$", RegexOptions.CultureInvariant)))];
    }

    public static RouteSpanNames FromContracts() => new(ContractDescriptors.ServiceFiles());

    /// <returns>The span's name, or null for a path no proto declares (the default name stays).</returns>
    public string? NameOf(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        if (_grpcMethods.Contains(path.TrimStart('/')))
        {
            return path.TrimStart('/');
        }

        foreach (var (verb, route, pattern) in _restRoutes)
        {
            if (string.Equals(verb, request.Method, StringComparison.OrdinalIgnoreCase) && pattern.IsMatch(path))
            {
                return $"{verb} {route}";
            }
        }

        return null;
    }

    /// <summary>A path parameter as Regex.Escape leaves it: "\{name}".</summary>
    [GeneratedRegex(@"\\\{[^}]*\}")]
    private static partial Regex Placeholder();
}
