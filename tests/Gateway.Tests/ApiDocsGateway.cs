using Mc2cm.Gateway.ApiDocs;
using Mc2cm.Gateway.Routing;
using Mc2cm.Testing;
using Microsoft.OpenApi;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// A gateway with no service behind it: the API documentation is its own, so it must answer all
/// the same. The served document is read once, back through Microsoft.OpenApi's reader.
/// </summary>
public sealed class ApiDocsGateway : IAsyncLifetime
{
    public ServiceHost<Backend> Gateway { get; private set; } = null!;

    public string Json { get; private set; } = null!;

    public OpenApiDocument Document { get; private set; } = null!;

    public IReadOnlyList<string> ReadErrors { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Gateway = ServiceHost<Backend>.StartNew(new Dictionary<string, string?>());
        using var rest = Gateway.CreateRestClient();
        Json = await rest.GetStringAsync(ApiDocsExtensions.DocumentPath, TestContext.Current.CancellationToken);
        var (document, diagnostic) = OpenApiDocument.Parse(Json, "json");
        Document = document ?? throw new InvalidOperationException("The document did not parse.");
        ReadErrors = [.. diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []];
    }

    /// <summary>The operation for <paramref name="verb"/> on <paramref name="path"/>, which must exist.</summary>
    public OpenApiOperation Operation(HttpMethod verb, string path)
    {
        Assert.True(Document.Paths.TryGetValue(path, out var item), $"No path {path}.");
        Assert.True(item.Operations?.TryGetValue(verb, out var operation) == true, $"No {verb} {path}.");
        return item.Operations![verb];
    }

    public async ValueTask DisposeAsync() => await Gateway.DisposeAsync();
}
