using System.Globalization;
using Microsoft.OpenApi;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>The document as served: built on first use and kept, since the protos cannot change while the gateway runs.</summary>
public sealed class ApiDocument
{
    private readonly Lazy<string> _json = new(() =>
        Serialize(ApiDocumentBuilder.Build(ContractDescriptors.ServiceFiles(), ProtoComments.FromEmbeddedProtos())));

    public string Json => _json.Value;

    public static string Serialize(OpenApiDocument document)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString();
    }
}
