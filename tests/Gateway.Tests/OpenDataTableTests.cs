using System.Text;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Gateway.OpenData;

namespace Mc2cm.Gateway.Tests;

/// <summary>A file of the open data: its columns from the contract, no personal data, cells safe in a spreadsheet.</summary>
public sealed class OpenDataTableTests
{
    [Fact]
    public void A_city_row_keeps_its_focal_points_roles_and_never_their_names_or_addresses()
    {
        var table = new OpenDataTable("cities.csv", "Cities.", City.Descriptor);

        table.Add(new City
        {
            Name = "cities/tunis",
            DisplayName = new() { En = "=HYPERLINK(\"http://evil.example\")" },
            Population = new Population { Value = 638_845, ReferenceYear = 2014 },
            FocalPoints = { new FocalPoint { DisplayName = "Leila", Role = "Head of social affairs", Email = "leila@example.org" } },
            Memberships = { new Membership { Phase = "phases/phase-1", JoinedOn = new Google.Type.Date { Year = 2015, Month = 2, Day = 1 } } },
        });
        var csv = Encoding.UTF8.GetString(table.ToUtf8());

        Assert.Contains("population.value", table.ColumnNames);
        Assert.DoesNotContain("leila", csv, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Head of social affairs", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", csv);
        Assert.Contains(",638845,2014,", csv);
        Assert.Contains("phases/phase-1", csv);
    }
}
