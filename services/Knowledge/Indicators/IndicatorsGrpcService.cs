using Grpc.Core;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Observations;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>mc2cm.knowledge.v1.IndicatorsService: the catalogue and comparisons.</summary>
public sealed class IndicatorsGrpcService(KnowledgeDbContext db, IndicatorComparison comparison, TimeProvider clock)
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
        var (code, cities, year, language) = IndicatorRequestReader.ReadCompare(request, context.RequestHeaders.GetValue("accept-language"), clock);
        var (indicator, lines) = await comparison.CompareAsync(code, cities, year, context.CancellationToken);
        var response = new Proto.CompareIndicatorResponse { Indicator = indicator.ToProto(language) };
        response.Rows.AddRange(lines.Select(l => new Proto.ComparisonRow
        {
            City = $"cities/{l.CityId}",
            CityDisplayName = (l.City?.Names ?? new LocalizedText(l.CityId, string.Empty, string.Empty)).ToProto(language),
            Cell = l.Observation.ToCell(),
        }));
        return response;
    }
}
