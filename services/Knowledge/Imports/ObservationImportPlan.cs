using System.Globalization;
using System.Text;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Indicators;
using Mc2cm.Knowledge.Observations;
using Columns = Mc2cm.Knowledge.Imports.ObservationImportColumns;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Imports;

/// <summary>One row that can be imported: its checked figure, and the observation it changes (none for a new one).</summary>
public sealed record PlannedRow(int Number, Proto.ImportAction Action, ObservationDraft Draft, Observation? Target);

/// <summary>A problem in a cell, a row (no column) or the file (row 0).</summary>
public sealed record ImportRowProblem(int Row, string Column, string Description, string Reason);

/// <summary>
/// What importing a table would do to one city's observations: each row checked by the rules a
/// CreateObservation request meets (the same reader), then matched with what is stored.
/// </summary>
public sealed class ObservationImportPlan
{
    private readonly List<ImportRowProblem> _problems = [];
    private readonly List<PlannedRow> _rows = [];

    private ObservationImportPlan(int rowCount) => RowCount = rowCount;

    public int RowCount { get; }

    public IReadOnlyList<ImportRowProblem> Problems => _problems;

    public IReadOnlyList<PlannedRow> Rows => _rows;

    public static ObservationImportPlan Make(
        ImportTable table, string cityId, IReadOnlyDictionary<string, IndicatorDefinition> indicators,
        IReadOnlyList<Observation> stored, ObservationRequestReader reader)
    {
        var plan = new ObservationImportPlan(table.Rows.Count);
        plan.CheckHeader(table.Columns);
        if (plan._problems.Count > 0)
        {
            return plan;
        }

        var byId = stored.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var byKey = stored.ToDictionary(Key, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var draft = plan.Check(row, cityId, indicators, reader);
            if (draft is null)
            {
                continue;
            }

            var key = Key(draft);
            if (seen.TryGetValue(key, out var earlier))
            {
                plan.Problem(row.Number, string.Empty, $"repeats row {earlier}: one figure per indicator, year and breakdown.", FieldReasons.Duplicate);
                continue;
            }

            seen[key] = row.Number;
            var named = plan.Named(row, byId);
            if (named is null && row[Columns.Observation].Length > 0)
            {
                continue;
            }

            if (named is not null && named.IndicatorCode != draft.IndicatorCode)
            {
                plan.Problem(row.Number, Columns.Indicator, $"cannot change: {named.ResourceName} is a figure of {named.IndicatorCode}.", FieldReasons.NotAllowed);
                continue;
            }

            byKey.TryGetValue(key, out var sameKey);
            if (named is not null && sameKey is not null && sameKey != named)
            {
                plan.Problem(row.Number, Columns.Observation,
                    $"would get the indicator, year and breakdown of {sameKey.ResourceName}, which exists.", FieldReasons.Duplicate);
                continue;
            }

            var target = named ?? sameKey;
            var action = target is null ? Proto.ImportAction.Create : Holds(target, draft) ? Proto.ImportAction.Unchanged : Proto.ImportAction.Correct;
            plan._rows.Add(new PlannedRow(row.Number, action, draft, target));
        }

        return plan;
    }

    public int Count(Proto.ImportAction action) => _rows.Count(r => r.Action == action);

    /// <summary>The problems as the field violations of a refused request: "rows[3].reference_year".</summary>
    public InvalidArgumentException Refusal()
    {
        var violations = new FieldViolations();
        foreach (var p in _problems)
        {
            var field = p.Row == 0 ? "content" : p.Column.Length == 0 ? $"rows[{p.Row}]" : $"rows[{p.Row}].{p.Column}";
            violations.Add(field, p.Description, p.Reason);
        }

        return new InvalidArgumentException(violations.All);
    }

    private static string Key(Observation o) => $"{o.IndicatorCode}/{o.ReferenceYear}/{o.BreakdownKey}";

    private static string Key(ObservationDraft d) => $"{d.IndicatorCode}/{d.ReferenceYear}/{d.Breakdown.Key}";

    /// <summary>Whether the stored observation already says what the row says.</summary>
    private static bool Holds(Observation o, ObservationDraft d) =>
        Key(o) == Key(d) && o.Kind == d.Kind && o.Source == d.Source && o.SourceUrl == d.SourceUrl && o.Note == d.Note
        && (d.Kind switch
        {
            ObservationKind.Value => o.Value == d.Value,
            ObservationKind.Text => o.TextValue == d.TextValue,
            _ => o.GapMissing == d.GapMissing && o.GapReason == d.GapReason,
        });

    private void CheckHeader(IReadOnlyList<string> columns)
    {
        foreach (var missing in Columns.Required.Where(c => !columns.Contains(c)))
        {
            Problem(0, missing, $"The header has no \"{missing}\" column.", FieldReasons.Required);
        }

        foreach (var unknown in columns.Where(c => c.Length > 0 && !Columns.Known.Contains(c)))
        {
            Problem(0, unknown, $"The header's \"{unknown}\" is not a column of the observations' export.", FieldReasons.NotAllowed);
        }

        foreach (var twice in columns.GroupBy(c => c).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            Problem(0, twice.Key, $"The header has \"{twice.Key}\" twice.", FieldReasons.Duplicate);
        }
    }

    /// <summary>The row as a checked figure, or null with its problems recorded.</summary>
    private ObservationDraft? Check(ImportTableRow row, string cityId, IReadOnlyDictionary<string, IndicatorDefinition> indicators, ObservationRequestReader reader)
    {
        var before = _problems.Count;
        foreach (var column in row.Formulas)
        {
            Problem(row.Number, column, "is a formula: the import takes the values a cell holds, not formulas.", FieldReasons.NotAllowed);
        }

        var observation = Parse(row);
        if (_problems.Count > before)
        {
            return null;
        }

        ObservationDraft draft;
        try
        {
            draft = reader.ReadCreate(new Proto.CreateObservationRequest { Observation = observation });
        }
        catch (InvalidArgumentException e)
        {
            foreach (var v in e.Violations)
            {
                Problem(row.Number, Columns.OfField(v.Field), v.Description, v.Reason);
            }

            return null;
        }

        if (draft.CityId != cityId)
        {
            Problem(row.Number, Columns.City, $"names another city than cities/{cityId}, the one this import is for.", FieldReasons.NotAllowed);
            return null;
        }

        if (!indicators.TryGetValue(draft.IndicatorCode, out var indicator))
        {
            Problem(row.Number, Columns.Indicator, "is not an indicator of the catalogue.", FieldReasons.UnknownReference);
            return null;
        }

        try
        {
            ObservationRequestReader.CheckAgainst(indicator, draft);
        }
        catch (InvalidArgumentException e)
        {
            foreach (var v in e.Violations)
            {
                Problem(row.Number, Columns.OfField(v.Field), v.Description, v.Reason);
            }

            return null;
        }

        return draft;
    }

    /// <summary>The row's texts as the message a CreateObservation request carries; what cannot be parsed is a problem.</summary>
    private Proto.Observation Parse(ImportTableRow row)
    {
        string Text(string column) => row[column].Normalize(NormalizationForm.FormC);

        var observation = new Proto.Observation
        {
            City = Text(Columns.City),
            Indicator = Text(Columns.Indicator),
            Source = Text(Columns.Source),
            SourceUrl = Text(Columns.SourceUrl),
            Note = Text(Columns.Note),
        };
        if (int.TryParse(row[Columns.ReferenceYear], NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
        {
            observation.ReferenceYear = year;
        }
        else
        {
            Problem(row.Number, Columns.ReferenceYear, "must be a year such as 2019.", FieldReasons.InvalidFormat);
        }

        switch (row[Columns.Kind].ToLowerInvariant())
        {
            case "value":
                if (double.TryParse(row[Columns.Value], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    observation.Value = value;
                }
                else
                {
                    Problem(row.Number, Columns.Value, "must be a number written with a dot, such as 12.5.", FieldReasons.InvalidFormat);
                }

                break;
            case "text":
                observation.TextValue = Text(Columns.TextValue);
                break;
            case "gap":
                observation.Gap = new Proto.DataGap { Missing = Text(Columns.GapMissing), Reason = Text(Columns.GapReason) };
                break;
            default:
                Problem(row.Number, Columns.Kind, "must be value, text or gap.", FieldReasons.NotAllowed);
                break;
        }

        observation.Breakdown = new Proto.Breakdown
        {
            Sex = ParseEnum<Proto.Sex>(row, Columns.Sex),
            AgeGroup = Text(Columns.AgeGroup),
            Nationality = Text(Columns.Nationality),
            LegalStatus = ParseEnum<Proto.LegalStatus>(row, Columns.LegalStatus),
        };
        return observation;
    }

    /// <summary>A breakdown's enum by the name the export writes ("Female"); empty is "all".</summary>
    private TEnum ParseEnum<TEnum>(ImportTableRow row, string column)
        where TEnum : struct, Enum
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return default;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !value.Equals(default(TEnum)) && !char.IsDigit(text[0]))
        {
            return value;
        }

        var names = string.Join(", ", Enum.GetNames<TEnum>().Skip(1));
        Problem(row.Number, column, $"must be empty or one of {names}.", FieldReasons.NotAllowed);
        return default;
    }

    /// <summary>The observation the row's "observation" column names, or null (with a problem when it names none of the city's).</summary>
    private Observation? Named(ImportTableRow row, IReadOnlyDictionary<string, Observation> byId)
    {
        var name = row[Columns.Observation];
        if (name.Length == 0)
        {
            return null;
        }

        if (name.StartsWith("observations/", StringComparison.Ordinal) && byId.TryGetValue(name["observations/".Length..], out var named))
        {
            return named;
        }

        Problem(row.Number, Columns.Observation, "names no standing observation of this city; leave it empty for a new one.", FieldReasons.UnknownReference);
        return null;
    }

    private void Problem(int row, string column, string description, string reason) =>
        _problems.Add(new ImportRowProblem(row, column, description, reason));
}
