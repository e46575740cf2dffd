using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Observations;

/// <summary>The part of the population a figure is about; the total when nothing is set.</summary>
public sealed record Breakdown(Sex Sex, string AgeGroup, string Nationality, LegalStatus LegalStatus)
{
    public static readonly Breakdown Total = new(Sex.Unspecified, string.Empty, string.Empty, LegalStatus.Unspecified);

    /// <summary>One key per breakdown ("total", or e.g. "sex=Female;age=15-24"): a city has one figure per indicator, year and key.</summary>
    public string Key => this == Total
        ? "total"
        : string.Join(';', new[]
        {
            Sex != Sex.Unspecified ? $"sex={Sex}" : null,
            AgeGroup.Length > 0 ? $"age={AgeGroup}" : null,
            Nationality.Length > 0 ? $"nationality={Nationality}" : null,
            LegalStatus != LegalStatus.Unspecified ? $"status={LegalStatus}" : null,
        }.Where(p => p is not null));

    /// <summary>The ways this breakdown divides the population.</summary>
    public IEnumerable<Disaggregation> Dimensions()
    {
        if (Sex != Sex.Unspecified) yield return Disaggregation.Sex;
        if (AgeGroup.Length > 0) yield return Disaggregation.AgeGroup;
        if (Nationality.Length > 0) yield return Disaggregation.Nationality;
        if (LegalStatus != LegalStatus.Unspecified) yield return Disaggregation.LegalStatus;
    }
}
