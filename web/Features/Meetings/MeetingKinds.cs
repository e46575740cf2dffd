using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Meetings;

/// <summary>Kinds, states and formats of meetings in the portal's words, and kinds' names in addresses.</summary>
public static class MeetingKinds
{
    public static readonly IReadOnlyList<MeetingKind> All =
        [MeetingKind.PeerLearning, MeetingKind.PoliticalConference, MeetingKind.ThematicLearningEvent, MeetingKind.Launch, MeetingKind.Other];

    public static Text Name(MeetingKind kind) => kind switch
    {
        MeetingKind.PeerLearning => new("Peer-learning meeting", "Réunion d'apprentissage entre pairs", "اجتماع تعلّم بين الأقران"),
        MeetingKind.PoliticalConference => new("Political conference", "Conférence politique", "مؤتمر سياسي"),
        MeetingKind.ThematicLearningEvent => new("Thematic learning event", "Événement d'apprentissage thématique", "فعالية تعلّم موضوعية"),
        MeetingKind.Launch => new("Launch", "Lancement", "إطلاق"),
        _ => new("Other event", "Autre événement", "فعالية أخرى"),
    };

    public static string Slug(MeetingKind kind) => kind switch
    {
        MeetingKind.PeerLearning => "peer-learning",
        MeetingKind.PoliticalConference => "political-conference",
        MeetingKind.ThematicLearningEvent => "thematic-learning",
        MeetingKind.Launch => "launch",
        MeetingKind.Other => "other",
        _ => string.Empty,
    };

    public static MeetingKind FromSlug(string? slug) => All.FirstOrDefault(k => Slug(k) == slug);

    public static Text State(MeetingState state) => state switch
    {
        MeetingState.Planned => new("Planned", "Prévue", "مخطّط له"),
        MeetingState.Confirmed => new("Confirmed", "Confirmée", "مؤكَّد"),
        MeetingState.Held => new("Held", "Tenue", "عُقد"),
        MeetingState.Reported => new("Held, outcomes adopted", "Tenue, conclusions adoptées", "عُقد واعتُمدت نتائجه"),
        MeetingState.Cancelled => new("Cancelled", "Annulée", "أُلغي"),
        _ => new("—", "—", "—"),
    };

    public static Text Format(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => new("In person", "En présentiel", "حضوري"),
        MeetingFormat.Online => new("Online", "En ligne", "عبر الإنترنت"),
        MeetingFormat.Hybrid => new("Hybrid", "Hybride", "هجين"),
        _ => new("—", "—", "—"),
    };
}
