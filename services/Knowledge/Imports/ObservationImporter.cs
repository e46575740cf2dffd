using System.Security.Claims;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Observations;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Imports;

/// <summary>
/// Imports a city's observations from a file, for the gRPC method and the REST multipart upload
/// alike: under the rules of CreateObservation (who may write for which city, a member city, the
/// reader's field rules, the indicator's), all rows in one commit or none.
/// </summary>
public sealed class ObservationImporter(KnowledgeDbContext db, ObservationRequestReader reader, CityMembership membership, TimeProvider clock)
{
    public async Task<Proto.ImportObservationsResponse> ImportAsync(ObservationImportInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        user.EnsureWorksFor(input.CityId);
        var table = ReadTable(input);
        await membership.EnsureMemberAsync(input.CityId, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        // Retracted figures are history: a row for the same indicator, year and breakdown records a new one.
        var stored = await db.Observations.Standing().Where(o => o.CityId == input.CityId).ToListAsync(cancellationToken);
        var plan = ObservationImportPlan.Make(table, input.CityId, indicators, stored, reader);
        if (input.ValidateOnly)
        {
            return Report(plan, imported: false);
        }

        if (plan.Problems.Count > 0)
        {
            throw plan.Refusal();
        }

        var actor = user.Subject() ?? "anonymous";
        var now = clock.GetUtcNow();
        var created = new Dictionary<int, Observation>();
        foreach (var row in plan.Rows)
        {
            switch (row.Action)
            {
                case Proto.ImportAction.Create:
                    created[row.Number] = Observation.Record(row.Draft, actor, now);
                    db.Observations.Add(created[row.Number]);
                    break;
                case Proto.ImportAction.Correct:
                    row.Target!.Correct(row.Draft, input.Reason, actor, now);
                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Report(plan, imported: true, created);
    }

    private static ImportTable ReadTable(ObservationImportInput input)
    {
        try
        {
            return input.Format == ImportFormat.Csv
                ? CsvImportReader.Read(input.Content, ObservationImportLimits.MaxRows)
                : XlsxImportReader.Read(input.Content, ObservationImportLimits.MaxRows);
        }
        catch (UnreadableImportException e)
        {
            throw new InvalidArgumentException("content", e.Message, FieldReasons.InvalidFormat);
        }
        catch (ImportTooLargeException e)
        {
            throw new InvalidArgumentException("content", e.Message, FieldReason.TooMany(ObservationImportLimits.MaxRows));
        }
    }

    private static Proto.ImportObservationsResponse Report(ObservationImportPlan plan, bool imported, IReadOnlyDictionary<int, Observation>? created = null)
    {
        var response = new Proto.ImportObservationsResponse
        {
            Imported = imported,
            RowCount = plan.RowCount,
            Created = plan.Count(Proto.ImportAction.Create),
            Corrected = plan.Count(Proto.ImportAction.Correct),
            Unchanged = plan.Count(Proto.ImportAction.Unchanged),
        };
        response.Problems.AddRange(plan.Problems.Select(p => new Proto.ImportProblem { Row = p.Row, Column = p.Column, Description = p.Description, Reason = p.Reason }));
        response.Rows.AddRange(plan.Rows.Select(r => new Proto.ImportedRow
        {
            Row = r.Number,
            Action = r.Action,
            Observation = r.Target?.ResourceName ?? (created is not null && created.TryGetValue(r.Number, out var o) ? o.ResourceName : string.Empty),
        }));
        return response;
    }
}
