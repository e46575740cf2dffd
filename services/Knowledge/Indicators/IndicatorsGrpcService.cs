using Grpc.Core;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Observations;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>mc2cm.knowledge.v1.IndicatorsService: the catalogue and comparisons.</summary>
public sealed class IndicatorsGrpcService(KnowledgeDbContext db, IndicatorComparison comparisons, IndicatorSeries series, TimeProvider clock)
    : Proto.IndicatorsService.IndicatorsServiceBase
{
    public override async Task<Proto.ListIndicatorsResponse> ListIndicators(Proto.ListIndicatorsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.Dimension);
        violations.Check(Enum.IsDefined(request.Dimension), "dimension", "is not a known dimension.", FieldReasons.NotAllowed);
        var language = ReaderLanguage.Read(violations, "lang", request.Language, context);
        violations.ThrowIfAny();
        var indicators = db.Indicators.AsNoTracking();
        if (request.Dimension != Proto.Dimension.Unspecified)
        {
            indicators = indicators.Where(i => i.Dimension == request.Dimension);
        }

        var listed = await indicators.OrderBy(i => i.Position).ThenBy(i => i.Code).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListIndicatorsResponse { NextPageToken = listed.NextPageToken };
        response.Indicators.AddRange(listed.Items.Select(i => i.ToProto(language)));
        return response;
    }

    public override async Task<Proto.GetIndicatorResponse> GetIndicator(Proto.GetIndicatorRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var code = violations.ReadId("name", request.Name, IndicatorRequestReader.Collection);
        var language = ReaderLanguage.Read(violations, "lang", request.Language, context);
        violations.ThrowIfAny();
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, context.CancellationToken)
            ?? throw new NotFoundException("Indicator", request.Name);
        return new Proto.GetIndicatorResponse { Indicator = indicator.ToProto(language) };
    }

    public override async Task<Proto.CreateIndicatorResponse> CreateIndicator(Proto.CreateIndicatorRequest request, ServerCallContext context)
    {
        var last = await db.Indicators.MaxAsync(i => (int?)i.Position, context.CancellationToken) ?? 0;
        var indicator = IndicatorRequestReader.ReadCreate(request, last + 1);
        if (await db.Indicators.AnyAsync(i => i.Code == indicator.Code, context.CancellationToken))
        {
            throw new AlreadyExistsException("Indicator", indicator.ResourceName);
        }

        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreateIndicatorResponse { Indicator = indicator.ToProto() };
    }

    public override async Task<Proto.CompareIndicatorResponse> CompareIndicator(Proto.CompareIndicatorRequest request, ServerCallContext context)
    {
        var query = IndicatorRequestReader.ReadCompare(request, context.RequestHeaders.GetValue("accept-language"), clock);
        var comparison = await comparisons.CompareAsync(query, context.CancellationToken);
        var response = new Proto.CompareIndicatorResponse { Indicator = comparison.Indicator.ToProto(query.Language), Categories = { comparison.Categories } };
        response.Rows.AddRange(comparison.Lines.Select(l => new Proto.ComparisonRow
        {
            City = $"cities/{l.CityId}",
            CityDisplayName = CityName(l.CityId, l.City).ToProto(query.Language),
            Cell = l.Observation.ToCell(),
            CategoryCells = { l.Categories.Select(c => c.ToCell()) },
        }));
        return response;
    }

    public override async Task<Proto.GetIndicatorSeriesResponse> GetIndicatorSeries(Proto.GetIndicatorSeriesRequest request, ServerCallContext context)
    {
        var query = IndicatorRequestReader.ReadSeries(request, context.RequestHeaders.GetValue("accept-language"), clock);
        var (indicator, lines) = await series.ReadAsync(query, context.CancellationToken);
        var response = new Proto.GetIndicatorSeriesResponse { Indicator = indicator.ToProto(query.Language) };
        response.Series.AddRange(lines.Select(l => new Proto.CitySeries
        {
            City = $"cities/{l.CityId}",
            CityDisplayName = CityName(l.CityId, l.City).ToProto(query.Language),
            Points = { l.Points.Select(p => p.ToCell()) },
        }));
        return response;
    }

    /// <summary>The city's names from Knowledge's copy, or its id when the copy does not know it.</summary>
    internal static LocalizedText CityName(string cityId, KnownCity? city) => city?.Names ?? new LocalizedText(cityId, string.Empty, string.Empty);
}
