using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Cities.Cities;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Network;

/// <summary>
/// Reads partner and phase writes into domain values, checking every field of the request first
/// (AIP-193 field violations); the rules that need the other phases are <see cref="PhaseCalendar"/>'s.
/// Output-only fields (budget lines) are ignored, as AIP-203 asks.
/// </summary>
public static class NetworkRequestReader
{
    public const string Partners = "partners";
    public const string Phases = "phases";

    private static readonly string[] PhasePaths = ["display_name", "display_name.en", "display_name.fr", "display_name.ar", "start_date", "end_date"];
    private static readonly string[] PartnerPaths = ["acronym", "display_name", "display_name.en", "display_name.fr", "display_name.ar", "role", "contribution"];

    public static string ReadName(string name, string collection) => ResourceNames.ReadId("name", name, collection);

    public static NewPhase ReadCreate(Proto.CreatePhaseRequest request)
    {
        var violations = new FieldViolations();
        violations.Slug("phase_id", request.PhaseId);
        var phase = Required(violations, "phase", request.Phase);
        var names = violations.ReadLocalizedText("phase.display_name", phase.DisplayName, NetworkLimits.Name);
        var start = violations.ReadDate("phase.start_date", phase.StartDate);
        var end = violations.ReadDate("phase.end_date", phase.EndDate, required: false);
        violations.ThrowIfAny();
        return new NewPhase(request.PhaseId, names, start!.Value, end);
    }

    public static PhaseUpdate ReadUpdate(Proto.UpdatePhaseRequest request)
    {
        var violations = new FieldViolations();
        var phase = Required(violations, "phase", request.Phase);
        var id = violations.ReadId("phase.name", phase.Name, Phases);
        RequireEtag(violations, "phase.etag", phase.Etag);
        var paths = Paths(violations, request.UpdateMask, PhasePaths, () => new[]
        {
            phase.DisplayName is null ? null : "display_name",
            phase.StartDate is null ? null : "start_date",
            phase.EndDate is null ? null : "end_date",
        });
        var changes = new PhaseChanges(
            Names: NamePatch.Read(violations, "phase.display_name", phase.DisplayName, paths, NetworkLimits.Name),
            StartDate: paths.Contains("start_date") ? violations.ReadDate("phase.start_date", phase.StartDate) : null,
            EndDate: paths.Contains("end_date") ? violations.ReadDate("phase.end_date", phase.EndDate, required: false) : null,
            ClearEndDate: paths.Contains("end_date") && phase.EndDate is null);
        violations.ThrowIfAny();
        return new PhaseUpdate(id!, phase.Etag, changes);
    }

    public static NewPartner ReadCreate(Proto.CreatePartnerRequest request)
    {
        var violations = new FieldViolations();
        violations.Slug("partner_id", request.PartnerId);
        var partner = Required(violations, "partner", request.Partner);
        violations.RequiredText("partner.acronym", partner.Acronym, NetworkLimits.Acronym);
        var names = violations.ReadLocalizedText("partner.display_name", partner.DisplayName, NetworkLimits.Name);
        var role = ReadRole(violations, partner.Role);
        violations.OptionalText("partner.contribution", partner.Contribution, NetworkLimits.Contribution, multiline: true);
        violations.ThrowIfAny();
        return new NewPartner(request.PartnerId, partner.Acronym, names, role!.Value, partner.Contribution);
    }

    public static PartnerUpdate ReadUpdate(Proto.UpdatePartnerRequest request)
    {
        var violations = new FieldViolations();
        var partner = Required(violations, "partner", request.Partner);
        var id = violations.ReadId("partner.name", partner.Name, Partners);
        RequireEtag(violations, "partner.etag", partner.Etag);
        var paths = Paths(violations, request.UpdateMask, PartnerPaths, () => new[]
        {
            partner.Acronym.Length > 0 ? "acronym" : null,
            partner.DisplayName is null ? null : "display_name",
            partner.Role == Proto.PartnerRole.Unspecified ? null : "role",
            partner.Contribution.Length > 0 ? "contribution" : null,
        });
        if (paths.Contains("acronym"))
        {
            violations.RequiredText("partner.acronym", partner.Acronym, NetworkLimits.Acronym);
        }

        if (paths.Contains("contribution"))
        {
            violations.OptionalText("partner.contribution", partner.Contribution, NetworkLimits.Contribution, multiline: true);
        }

        var changes = new PartnerChanges(
            Acronym: paths.Contains("acronym") ? partner.Acronym : null,
            Names: NamePatch.Read(violations, "partner.display_name", partner.DisplayName, paths, NetworkLimits.Name),
            Role: paths.Contains("role") ? ReadRole(violations, partner.Role) : null,
            Contribution: paths.Contains("contribution") ? partner.Contribution : null);
        violations.ThrowIfAny();
        return new PartnerUpdate(id!, partner.Etag, changes);
    }

    private static T Required<T>(FieldViolations violations, string field, T? message)
        where T : class, new()
    {
        if (message is null)
        {
            violations.Required(field);
            violations.ThrowIfAny();
        }

        return message!;
    }

    private static void RequireEtag(FieldViolations violations, string field, string etag) =>
        violations.Check(!string.IsNullOrEmpty(etag), field, "is required: send the etag you read, so a stale update is refused.", FieldReasons.Required);

    /// <summary>The update mask's paths, or (AIP-134) every mutable field that is set when the mask is empty.</summary>
    private static HashSet<string> Paths(FieldViolations violations, Google.Protobuf.WellKnownTypes.FieldMask? mask, string[] mutable, Func<string?[]> set)
    {
        var paths = mask is { Paths.Count: > 0 } ? mask.Paths.ToHashSet() : set().OfType<string>().ToHashSet();
        foreach (var path in paths.Where(p => !mutable.Contains(p)))
        {
            violations.Add("update_mask", $"\"{path}\" cannot be updated; updatable fields: {string.Join(", ", mutable)}.", FieldReasons.NotAllowed);
        }

        paths.IntersectWith(mutable);
        violations.Check(paths.Count > 0, "update_mask", "names no field to change.", FieldReasons.Required);
        return paths;
    }

    private static PartnerRole? ReadRole(FieldViolations violations, Proto.PartnerRole role)
    {
        PartnerRole? value = role switch
        {
            Proto.PartnerRole.Lead => PartnerRole.Lead,
            Proto.PartnerRole.Partner => PartnerRole.Partner,
            Proto.PartnerRole.Funder => PartnerRole.Funder,
            _ => null,
        };
        violations.Check(value is not null, "partner.role", "is required: PARTNER_ROLE_LEAD, PARTNER_ROLE_PARTNER or PARTNER_ROLE_FUNDER.",
            role == Proto.PartnerRole.Unspecified ? FieldReasons.Required : FieldReasons.NotAllowed);
        return value;
    }
}
