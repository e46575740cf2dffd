using static Mc2cm.BadInput.Tests.Cases.Answers;
using static Mc2cm.BadInput.Tests.Cases.BadKind;
using static Mc2cm.BadInput.Tests.Cases.CaseText;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>Bad input for the coordinators' phase and partner writes: each case spoils one thing of a good request.</summary>
public static class NetworkCases
{
    private static readonly Google.Protobuf.Reflection.MethodDescriptor
        CreatePhase = Rpc(Proto.NetworkService.Descriptor, "CreatePhase"),
        UpdatePhase = Rpc(Proto.NetworkService.Descriptor, "UpdatePhase"),
        CreatePartner = Rpc(Proto.NetworkService.Descriptor, "CreatePartner"),
        UpdatePartner = Rpc(Proto.NetworkService.Descriptor, "UpdatePartner");

    public static IEnumerable<BadCase> All =>
    [
        new(Missing, "no phase id", CreatePhase, _ => NewPhase().With(r => r.PhaseId = ""), Invalid("phase_id")),
        new(Missing, "no start", CreatePhase, _ => NewPhase().With(r => r.Phase.StartDate = null), Invalid("phase.start_date")),
        new(Empty, "blank English name", CreatePhase, _ => NewPhase().With(r => r.Phase.DisplayName.En = Blank), Invalid("phase.display_name.en")),
        new(TooLong, "French name of 201 characters", CreatePhase, _ => NewPhase().With(r => r.Phase.DisplayName.Fr = Long(201)), Invalid("phase.display_name.fr")),
        new(SpoofingCharacters, "right-to-left override in the Arabic name", CreatePhase, _ => NewPhase().With(r => r.Phase.DisplayName.Ar = WithOverride), Invalid("phase.display_name.ar")),
        new(BadDate, "31 June", CreatePhase, _ => NewPhase().With(r => r.Phase.StartDate = Date(2031, 6, 31)), Invalid("phase.start_date")),
        new(BadDate, "an end before the start", CreatePhase, _ => NewPhase().With(r => r.Phase.EndDate = Date(2030, 12, 31)), Invalid("phase.end_date")),
        new(BadDate, "overlapping phase II", CreatePhase, _ => NewPhase().With(r => r.Phase.StartDate = Date(2020, 1, 1)), Invalid("phase.start_date")),
        new(DuplicateId, "phase id of phase II", CreatePhase, _ => NewPhase().With(r => r.PhaseId = "phase-2"), Exists(Known.PhaseTwo)),
        new(MalformedJson, "a date as a string", CreatePhase, _ => NewPhase(), UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => Json("""{"displayName":{"en":"Phase IV"},"startDate":"2031-01-01"}""") },

        new(Missing, "no etag", UpdatePhase, k => MovePhase(k).With(r => r.Phase.Etag = ""), Invalid("phase.etag")),
        new(Missing, "no phase name", UpdatePhase, k => MovePhase(k).With(r => r.Phase.Name = ""), Invalid("phase.name")) { RestExpect = NoRoute },
        new(BadFormat, "mask names the budget", UpdatePhase, k => MovePhase(k).With(r => r.UpdateMask.Paths.Add("budget_lines")), Invalid("update_mask")),
        new(BadDate, "a start after a member joined", UpdatePhase, k => MovePhase(k).With(r => r.Phase.StartDate = Date(2020, 1, 1)), Invalid("phase.start_date")),
        new(UnknownId, "phase 9", UpdatePhase, k => MovePhase(k).With(r => (r.Phase.Name, r.Phase.Etag) = ("phases/phase-9", "W/\"1\"")), NotFound("phases/phase-9")),
        new(StaleEtag, "an old etag", UpdatePhase, k => MovePhase(k).With(r => r.Phase.Etag = Known.StaleEtag), Stale),

        new(Missing, "no acronym", CreatePartner, _ => NewPartner().With(r => r.Partner.Acronym = ""), Invalid("partner.acronym")),
        new(Missing, "no role", CreatePartner, _ => NewPartner().With(r => r.Partner.Role = Proto.PartnerRole.Unspecified), Invalid("partner.role")),
        new(UnknownEnum, "role 9", CreatePartner, _ => NewPartner().With(r => r.Partner.Role = (Proto.PartnerRole)9), Invalid("partner.role")),
        new(ControlCharacters, "BEL in the contribution", CreatePartner, _ => NewPartner().With(r => r.Partner.Contribution = WithControl), Invalid("partner.contribution")),
        new(TooLong, "acronym of 41 characters", CreatePartner, _ => NewPartner().With(r => r.Partner.Acronym = Long(41)), Invalid("partner.acronym")),
        new(BadFormat, "partner id with a space", CreatePartner, _ => NewPartner().With(r => r.PartnerId = "med cities"), Invalid("partner_id")),
        new(DuplicateId, "partner id of ICMPD", CreatePartner, _ => NewPartner().With(r => r.PartnerId = "icmpd"), Exists(Known.Icmpd)),

        new(Missing, "no etag", UpdatePartner, k => Recontribute(k).With(r => r.Partner.Etag = ""), Invalid("partner.etag")),
        new(TooLong, "contribution of 1001 characters", UpdatePartner, k => Recontribute(k).With(r => r.Partner.Contribution = Long(1001)), Invalid("partner.contribution")),
        new(UnknownId, "partner atlantis", UpdatePartner, k => Recontribute(k).With(r => r.Partner.Name = "partners/atlantis"), NotFound("partners/atlantis")),
        new(StaleEtag, "an old etag", UpdatePartner, k => Recontribute(k).With(r => r.Partner.Etag = Known.StaleEtag), Stale),
    ];

    private static Proto.CreatePhaseRequest NewPhase() => new()
    {
        PhaseId = "phase-4",
        Phase = new Proto.Phase { DisplayName = new() { En = "Phase IV", Fr = "Phase IV", Ar = "المرحلة الرابعة" }, StartDate = Date(2031, 1, 1), EndDate = Date(2033, 12, 31) },
    };

    private static Proto.UpdatePhaseRequest MovePhase(Known known) => new()
    {
        Phase = new Proto.Phase { Name = Known.PhaseTwo, StartDate = Date(2018, 7, 1), Etag = known.PhaseTwoEtag },
        UpdateMask = Mask("start_date"),
    };

    private static Proto.CreatePartnerRequest NewPartner() => new()
    {
        PartnerId = "medcities",
        Partner = new Proto.Partner
        {
            Acronym = "MedCities", DisplayName = new() { En = "MedCities", Fr = "MedCities", Ar = "مدن المتوسط" },
            Role = Proto.PartnerRole.Partner, Contribution = "A network of Mediterranean cities.",
        },
    };

    private static Proto.UpdatePartnerRequest Recontribute(Known known) => new()
    {
        Partner = new Proto.Partner { Name = Known.Icmpd, Contribution = "Leads the project.", Etag = known.IcmpdEtag },
        UpdateMask = Mask("contribution"),
    };
}
