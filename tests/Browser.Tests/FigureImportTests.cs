using System.Text;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// A city's person imports figures from a file: a check that reports each row's problems in the
/// page's language, then the import of the mended file. On Lisbon, with an indicator and a year no
/// other test writes.
/// </summary>
public sealed class FigureImportTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    private const string Path = "/cities/lisbon/figures/import";
    private const string Header = "observation,city,indicator,reference_year,sex,age_group,nationality,legal_status,kind,value,text_value,source,gap_missing,gap_reason,note,source_url";

    [Fact]
    public async Task A_file_is_checked_in_french_row_by_row_then_imported_once_mended()
    {
        var expert = await People.SignInAsync(Portal, await NewContextAsync(), People.LisbonExpert);
        await expert.GotoAsync(Path + "?lang=fr");
        await expert.Locator("#reason").FillAsync("Chiffres du recensement 2001");

        await expert.GetByTestId("import-file").SetInputFilesAsync(File("20x1"));
        await expert.GetByTestId("check-file").ClickAsync();

        var problem = expert.Locator("[data-testid=import-problem][data-row='2'][data-column=reference_year]");
        await Expect(problem).ToContainTextAsync("Ce n’est pas écrit de la manière attendue.");
        await Expect(expert.GetByTestId("import-summary")).ToContainTextAsync("Lignes : 1. Nouvelles : 0");
        await Expect(expert.Locator("#reason")).ToHaveValueAsync("Chiffres du recensement 2001");
        Assert.Empty(await PageCheck.SeriousAxeViolationsAsync(expert));

        await expert.GetByTestId("import-file").SetInputFilesAsync(File("2001"));
        await expert.GetByTestId("import").ClickAsync();

        await Expect(expert.GetByTestId("import-result")).ToContainTextAsync("Le fichier a été importé.");
        await Expect(expert.GetByTestId("import-summary")).ToContainTextAsync("Lignes : 1. Nouvelles : 1, corrigées : 0, inchangées : 0.");
        await Expect(expert.GetByTestId("import-problem")).ToHaveCountAsync(0);
    }

    [Fact]
    public Task The_import_form_passes_its_checks() =>
        PageCheck.CheckAsync(Portal, "figure-import", Path, async page =>
            await Expect(page.GetByTestId("import-file")).ToBeVisibleAsync(), user: People.LisbonExpert);

    /// <summary>A one-row CSV file of Lisbon's administrative districts in <paramref name="year"/>.</summary>
    private static FilePayload File(string year) => new()
    {
        Name = "lisbon.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes($"{Header}\r\n,cities/lisbon,indicators/administrative-districts,{year},,,,,value,24,,Instituto Nacional de Estatística,,,,\r\n"),
    };
}
