namespace Mc2cm.Web.Gateway;

/// <summary>
/// The gateway's feeds that are files rather than gRPC answers — a comparison as CSV, the
/// meetings as iCalendar — fetched on the REST face and passed on to the browser as they come.
/// </summary>
public sealed class GatewayFeeds(HttpClient http)
{
    /// <summary>GET on the gateway's REST face with an Accept header; the caller disposes the answer.</summary>
    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string accept, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);
        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }
}
