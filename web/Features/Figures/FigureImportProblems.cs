using System.Globalization;
using System.Text.RegularExpressions;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Figures;

/// <summary>One problem of an imported file: its row (0 for the file), its column (empty for the whole row) and what is wrong.</summary>
public sealed record FigureImportProblem(int Row, string Column, FormMessage Message);

/// <summary>
/// The problems of a file, from a dry run's report or from the refusal of an import (whose field
/// violations are named "rows[3].reference_year"), said in the page's language.
/// </summary>
public static partial class FigureImportProblems
{
    public static IReadOnlyList<FigureImportProblem> FromReport(ImportObservationsResponse report, CurrentLanguage language) =>
        [.. report.Problems.Select(p => new FigureImportProblem(p.Row, p.Column, Say(p.Column, p.Description, p.Reason, language)))];

    /// <summary>The row problems of a refused import; the other violations (the file, the city) stay with the form.</summary>
    public static IReadOnlyList<FigureImportProblem> FromRefusal(RpcException refusal, CurrentLanguage language) =>
        [.. (refusal.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [])
            .Select(v => (Violation: v, Match: RowField().Match(v.Field)))
            .Where(x => x.Match.Success)
            .Select(x => new FigureImportProblem(
                int.Parse(x.Match.Groups["row"].Value, CultureInfo.InvariantCulture), x.Match.Groups["column"].Value,
                Say(x.Match.Groups["column"].Value, x.Violation.Description, x.Violation.Reason, language)))];

    public static bool IsRowField(string field) => RowField().IsMatch(field);

    private static FormMessage Say(string column, string description, string reason, CurrentLanguage language) =>
        ViolationTexts.Say(new BadRequest.Types.FieldViolation { Field = column, Description = description, Reason = reason },
            new Dictionary<string, string>(), language);

    [GeneratedRegex(@"^rows\[(?<row>\d+)\](\.(?<column>[a-z_]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex RowField();
}
