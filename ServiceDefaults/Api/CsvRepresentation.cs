using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>
/// A CSV representation of a REST route that JSON transcoding serves: same URL, chosen when the
/// client asks for text/csv (Accept header) — open data for spreadsheets, JSON for everyone else.
/// </summary>
public static class CsvRepresentation
{
    public const string MediaType = "text/csv";

    public static IServiceCollection AddCsvRepresentations(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, CsvMatcherPolicy>());
        return services;
    }

    /// <summary>Serves <paramref name="handler"/> on GET <paramref name="pattern"/> to callers that accept text/csv.</summary>
    /// <remarks>CSV views are of public lists (figures, comparisons), so they answer anonymous callers.</remarks>
    public static RouteHandlerBuilder MapCsvRepresentation(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapGet(pattern, handler).WithMetadata(CsvMetadata.Instance).AddEndpointFilter<Errors.ApiErrorResponses.Filter>().AllowAnonymous();

    /// <summary>A CSV answer, as a download named <paramref name="fileName"/>.</summary>
    public static IResult File(CsvWriter csv, string fileName) =>
        Results.File(csv.ToUtf8(), $"{MediaType}; charset=utf-8", fileName);

    internal static bool WantsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    private sealed class CsvMetadata
    {
        public static readonly CsvMetadata Instance = new();
    }

    /// <summary>Keeps the CSV endpoint for callers that accept text/csv and the transcoded one for everyone else.</summary>
    private sealed class CsvMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
    {
        public override int Order => 0;

        public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
            endpoints.Any(e => e.Metadata.GetMetadata<CsvMetadata>() is not null);

        public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
        {
            var wantsCsv = WantsCsv(httpContext.Request);
            var csvAvailable = Enumerable.Range(0, candidates.Count)
                .Any(i => candidates.IsValidCandidate(i) && candidates[i].Endpoint.Metadata.GetMetadata<CsvMetadata>() is not null);
            for (var i = 0; i < candidates.Count; i++)
            {
                var isCsv = candidates[i].Endpoint.Metadata.GetMetadata<CsvMetadata>() is not null;
                if (isCsv != (wantsCsv && csvAvailable))
                {
                    candidates.SetValidity(i, false);
                }
            }

            return Task.CompletedTask;
        }
    }
}
