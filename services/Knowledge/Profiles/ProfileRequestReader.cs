using Grpc.Core;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>Reads profile requests, checking every field first; a request with a bad field is refused whole.</summary>
public static class ProfileRequestReader
{
    public const string Collection = "profiles";

    public static string ReadName(string name) =>
        ResourceNames.ReadId("name", name, Collection);

    public static (string CityId, int? Revision, string? Language) ReadGet(GetProfileRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId("name", request.Name, Collection);
        violations.Check(request.Revision >= 0, "revision", "must be a revision number (1, 2...) or 0 for the latest published one.", FieldReason.AtLeast(0));
        var language = ReaderLanguage.Read(violations, "lang", request.Language, context);
        violations.ThrowIfAny();
        return (id!, request.Revision > 0 ? request.Revision : null, language);
    }

    /// <summary>A list's state filter: null for any state.</summary>
    public static ProfileState? ReadStateFilter(FieldViolations violations, Contracts.Knowledge.V1.ProfileState state)
    {
        switch (state)
        {
            case Contracts.Knowledge.V1.ProfileState.Unspecified:
                return null;
            case Contracts.Knowledge.V1.ProfileState.Draft or Contracts.Knowledge.V1.ProfileState.InReview or Contracts.Knowledge.V1.ProfileState.Published:
                return (ProfileState)(int)state;
            default:
                violations.Add("state", "must be a profile state (PROFILE_STATE_IN_REVIEW...).", FieldReasons.NotAllowed);
                return null;
        }
    }

    public static string ReadCreate(CreateProfileRequest request)
    {
        var violations = new FieldViolations();
        var city = violations.ReadId("city", request.City, "cities");
        violations.ThrowIfAny();
        return city!;
    }

    /// <summary>The profile, the sections to replace (with their new content) and the etag.</summary>
    public static (string CityId, IReadOnlySet<string> Sections, string Etag, int? Revision) ReadUpdate(UpdateProfileRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId("name", request.Name, Collection);
        violations.Check(!string.IsNullOrEmpty(request.Etag), "etag", "is required: send the etag of the profile you read, so a stale edit is refused.", FieldReasons.Required);
        violations.Check(request.Revision >= 0, "revision", "must be a revision number.", FieldReason.AtLeast(0));
        var content = request.Content ?? new ProfileContent();
        var sections = Sections(violations, request, content);
        ProfileContentRules.Check(violations, "content", content, sections);
        violations.Check(sections.Count > 0, "update_mask", "names no section to change.", FieldReasons.Required);
        violations.ThrowIfAny();
        return (id!, sections, request.Etag, request.Revision > 0 ? request.Revision : null);
    }

    public static (string CityId, string Etag) ReadWorkflow(string name, string etag)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId("name", name, Collection);
        violations.Check(!string.IsNullOrEmpty(etag), "etag", "is required: send the etag of the profile you read.", FieldReasons.Required);
        violations.ThrowIfAny();
        return (id!, etag);
    }

    public static string ReadComment(string comment)
    {
        var violations = new FieldViolations();
        violations.RequiredText("comment", comment, ProfileLimits.Comment, multiline: true);
        violations.ThrowIfAny();
        return comment;
    }

    /// <summary>The update mask's sections, or (AIP-134) every section set in the content when it is empty.</summary>
    private static HashSet<string> Sections(FieldViolations violations, UpdateProfileRequest request, ProfileContent content)
    {
        if (request.UpdateMask is { Paths.Count: > 0 } mask)
        {
            foreach (var path in mask.Paths.Where(p => !ProfileContent.SectionNames.Contains(p)))
            {
                violations.Add("update_mask", $"\"{path}\" is not a section; sections: {string.Join(", ", ProfileContent.SectionNames)}.", FieldReasons.NotAllowed);
            }

            return mask.Paths.Where(ProfileContent.SectionNames.Contains).ToHashSet();
        }

        return content.SectionsWithContent().ToHashSet();
    }
}
