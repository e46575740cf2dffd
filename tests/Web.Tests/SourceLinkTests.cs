using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Features.Profiles;

namespace Mc2cm.Web.Tests;

public sealed class SourceLinkTests
{
    [Theory]
    [InlineData("https://imap-migration.org/urban/city-migration-dashboards/tunis", "https://imap-migration.org/urban/city-migration-dashboards/tunis")]
    [InlineData("http://www.ciudadesinterculturales.com/en/portfolio/madrid/", "http://www.ciudadesinterculturales.com/en/portfolio/madrid/")]
    [InlineData("", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("//evil.example/x", null)]
    public void A_source_is_linked_only_to_an_http_address(string url, string? expected) =>
        Assert.Equal(expected, new ComparisonCell { Source = "Census", SourceUrl = url }.SourceLink());

    [Fact]
    public void A_missing_cell_has_no_link() => Assert.Null(((ComparisonCell?)null).SourceLink());
}
