namespace Mc2cm.Web.Features.Actions;

/// <summary>The parts of a candidate priority's name, "profiles/{city}/revisions/{n}/priorities/{id}".</summary>
public static class Candidates
{
    /// <summary>→ ("profiles/{city}/revisions/{n}", "{id}").</summary>
    public static (string Revision, string Id) Split(string candidate)
    {
        var at = candidate.LastIndexOf("/priorities/", StringComparison.Ordinal);
        return at < 0 ? (candidate, string.Empty) : (candidate[..at], candidate[(at + "/priorities/".Length)..]);
    }

    /// <summary>"profiles/tunis/revisions/2" → "2".</summary>
    public static string Number(string revision) => revision[(revision.LastIndexOf('/') + 1)..];
}
