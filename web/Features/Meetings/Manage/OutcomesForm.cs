using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Meetings.Manage;

/// <summary>
/// A held meeting's outcomes: up to <see cref="Slots"/> recommendations with their addressees, and
/// political messages (a political conference's). Blank slots are left out; the service wants at
/// least one outcome and says so.
/// </summary>
public sealed class OutcomesForm : FormModel
{
    public const int Slots = 3;

    public List<RecommendationInput> Recommendations { get; set => field = value ?? []; } = [.. Enumerable.Range(0, Slots).Select(_ => new RecommendationInput())];

    public List<LocalizedTextInput> PoliticalMessages { get; set => field = value ?? []; } = [.. Enumerable.Range(0, Slots).Select(_ => new LocalizedTextInput())];

    public AdoptOutcomesRequest Request(string meeting, IEnumerable<string> themes)
    {
        var request = new AdoptOutcomesRequest { Name = meeting, Etag = Etag ?? string.Empty };
        foreach (var input in Recommendations.Where(r => !r.IsBlank))
        {
            var recommendation = new Recommendation { Text = input.Text.ToProto() };
            recommendation.Themes.AddRange(themes);
            recommendation.Addressees.AddRange(input.Addressees());
            request.Recommendations.Add(recommendation);
        }

        request.PoliticalMessages.AddRange(PoliticalMessages.Where(m => !IsBlank(m)).Select(m => m.ToProto()));
        return request;
    }

    private static bool IsBlank(LocalizedTextInput text) =>
        string.IsNullOrWhiteSpace(text.En) && string.IsNullOrWhiteSpace(text.Fr) && string.IsNullOrWhiteSpace(text.Ar);

    /// <summary>One recommendation: its text and whom it asks to act.</summary>
    public sealed class RecommendationInput
    {
        public LocalizedTextInput Text { get; set => field = value ?? new(); } = new();

        public bool ToCities { get; set; }

        public bool ToPartners { get; set; }

        public bool ToNationalLevel { get; set; }

        /// <summary>Nothing typed and nothing ticked: the slot was not used.</summary>
        public bool IsBlank => OutcomesForm.IsBlank(Text) && !ToCities && !ToPartners && !ToNationalLevel;

        public IEnumerable<Addressee> Addressees()
        {
            if (ToCities)
            {
                yield return Addressee.Cities;
            }

            if (ToPartners)
            {
                yield return Addressee.Partners;
            }

            if (ToNationalLevel)
            {
                yield return Addressee.NationalLevel;
            }
        }
    }
}
