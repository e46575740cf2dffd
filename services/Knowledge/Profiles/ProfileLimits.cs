namespace Mc2cm.Knowledge.Profiles;

/// <summary>Sizes of profile fields, shared by validation and the schema.</summary>
internal static class ProfileLimits
{
    /// <summary>One language version of a narrative section.</summary>
    public const int Narrative = 20_000;

    public const int ShortText = 500;
    public const int Comment = 2_000;
    public const int ListItems = 100;
    public const int Name = 200;
}
