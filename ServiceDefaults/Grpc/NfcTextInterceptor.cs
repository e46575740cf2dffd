using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Mc2cm.ServiceDefaults.Grpc;

/// <summary>
/// Puts every text of a request in Unicode NFC before the service reads it, on both faces: "Fès"
/// typed as "Fe" + U+0301 is checked, stored and compared as the one character "è", so two
/// spellings of a name that look the same are the same. Arabic keeps its marks (NFC only orders
/// and composes them).
/// </summary>
public sealed class NfcTextInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Normalize(request as IMessage);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Normalize(request as IMessage);
        return continuation(request, responseStream, context);
    }

    /// <summary>Every string of <paramref name="message"/>, its nested messages, lists and maps, in NFC (in place).</summary>
    public static void Normalize(IMessage? message)
    {
        if (message is null)
        {
            return;
        }

        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                NormalizeMapValues((System.Collections.IDictionary)value);
            }
            else if (field.IsRepeated)
            {
                NormalizeList((System.Collections.IList)value);
            }
            else if (value is string text && Nfc(text) is var nfc && !ReferenceEquals(nfc, text))
            {
                field.Accessor.SetValue(message, nfc);
            }
            else if (value is IMessage nested)
            {
                Normalize(nested);
            }
        }
    }

    private static void NormalizeList(System.Collections.IList items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is string text)
            {
                items[i] = Nfc(text);
            }
            else
            {
                Normalize(items[i] as IMessage);
            }
        }
    }

    /// <summary>A map's values; its keys are codes or ids, which the field rules hold to ASCII.</summary>
    private static void NormalizeMapValues(System.Collections.IDictionary map)
    {
        foreach (var key in map.Keys.Cast<object>().ToList())
        {
            if (map[key] is string text)
            {
                map[key] = Nfc(text);
            }
            else
            {
                Normalize(map[key] as IMessage);
            }
        }
    }

    /// <summary>The NFC form, or the text itself when it is NFC already or not valid Unicode (the field rules refuse that).</summary>
    private static string Nfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
