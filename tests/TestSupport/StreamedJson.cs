using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Mc2cm.Testing;

/// <summary>A JSON body sent in chunks, its length never declared: its size is found only while it is read.</summary>
public sealed class StreamedJson : HttpContent
{
    private readonly byte[] _body;

    public StreamedJson(string body)
    {
        _body = Encoding.UTF8.GetBytes(body);
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
