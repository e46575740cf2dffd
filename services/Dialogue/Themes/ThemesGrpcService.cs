using Grpc.Core;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Reads;
using Mc2cm.Dialogue.Data;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Themes;

/// <summary>mc2cm.dialogue.v1.ThemesService: the theme catalogue.</summary>
public sealed class ThemesGrpcService(DialogueDbContext db) : Proto.ThemesService.ThemesServiceBase
{
    [PublicRead(VariesByLanguage = true)]
    public override async Task<Proto.ListThemesResponse> ListThemes(Proto.ListThemesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken);
        var language = ReaderLanguage.Read(violations, "language", request.Language, context);
        violations.ThrowIfAny();
        var themes = db.Themes.AsNoTracking();
        var listed = await themes.OrderBy(t => t.Id).ReadPageAsync(page, context.CancellationToken);
        var response = new Proto.ListThemesResponse { NextPageToken = listed.NextPageToken };
        response.Themes.AddRange(listed.Items.Select(t => ToProto(t, language)));
        return response;
    }

    [PublicRead(VariesByLanguage = true)]
    public override async Task<Proto.GetThemeResponse> GetTheme(Proto.GetThemeRequest request, ServerCallContext context)
    {
        var (id, language) = References.ReadGet(request.Name, "themes", request.Language, context);
        var theme = await db.Themes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Theme", $"themes/{id}");
        return new Proto.GetThemeResponse { Theme = ToProto(theme, language) };
    }

    public override async Task<Proto.CreateThemeResponse> CreateTheme(Proto.CreateThemeRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Slug("theme_id", request.ThemeId);
        var names = violations.ReadLocalizedText("theme.display_name", request.Theme?.DisplayName, ThemeConfiguration.NameLength);
        violations.ThrowIfAny();
        if (await db.Themes.AnyAsync(t => t.Id == request.ThemeId, context.CancellationToken))
        {
            throw new AlreadyExistsException("Theme", $"themes/{request.ThemeId}");
        }

        var theme = new Theme(request.ThemeId, names);
        db.Themes.Add(theme);
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueKeyViolation.Matches(ex))
        {
            // Added by a concurrent request since the check above.
            throw new AlreadyExistsException("Theme", theme.ResourceName);
        }

        return new Proto.CreateThemeResponse { Theme = ToProto(theme, null) };
    }

    private static Proto.Theme ToProto(Theme theme, string? language) =>
        new() { Name = theme.ResourceName, DisplayName = theme.Names.ToProto(language) };
}
