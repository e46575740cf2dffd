namespace Mc2cm.Web.Gateway;

/// <summary>
/// Passes one of the gateway's files (CSV, iCalendar) on to the browser, as the visitor (the
/// same headers as every gateway call). The gateway's refusals keep their status; a gateway
/// that fails is a 503, like a page.
/// </summary>
public static class FeedProxy
{
    public static async Task<IResult> PassOnAsync(GatewayFeeds feeds, string pathAndQuery, string accept, string? downloadName, CancellationToken cancellationToken)
    {
        using var response = await feeds.GetAsync(pathAndQuery, accept, cancellationToken);
        if ((int)response.StatusCode >= 500)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (!response.IsSuccessStatusCode)
        {
            return Results.StatusCode((int)response.StatusCode);
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? accept;
        return Results.File(body, contentType, downloadName);
    }
}
