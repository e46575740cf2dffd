using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Events.Dialogue;

namespace Mc2cm.Dialogue.Outcomes;

/// <summary>Who a recommendation asks to act.</summary>
public enum Addressee
{
    Cities = 1,
    Partners = 2,
    NationalLevel = 3,
}

public static class OutcomeEventNames
{
    /// <summary>"cities", "partners" or "national-level".</summary>
    public static string ToEventName(this Addressee addressee) => addressee switch
    {
        Addressee.Cities => "cities",
        Addressee.Partners => "partners",
        Addressee.NationalLevel => "national-level",
        _ => throw new ArgumentOutOfRangeException(nameof(addressee), addressee, "Unknown addressee."),
    };

    public static MultilingualText ToEvent(this LocalizedText text) => new(text.En, text.Fr, text.Ar);
}
