namespace Mc2cm.Web.Features.Errors;

/// <summary>Where the pipeline re-executes a failed request to render its error page.</summary>
public static class ErrorPaths
{
    public const string Error = "/error";
    public const string NotFound = "/not-found";
}
