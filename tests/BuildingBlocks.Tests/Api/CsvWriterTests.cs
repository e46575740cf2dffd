using System.Text;
using Mc2cm.ServiceDefaults.Api;

namespace Mc2cm.BuildingBlocks.Tests.Api;

public sealed class CsvWriterTests
{
    private static readonly IReadOnlyList<CsvColumn> Columns = [CsvColumn.Text("city"), CsvColumn.Number("value"), CsvColumn.Text("note")];

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("\t=1+2", "\"'\t=1+2\"")]
    [InlineData("\r=1+2", "\"'\r=1+2\"")]
    public void Text_that_starts_like_a_formula_is_written_as_text(string text, string cell)
    {
        var csv = new CsvWriter(Columns).Row("tunis", 1, text).ToString();

        Assert.Equal($"city,value,note\r\ntunis,1,{cell}\r\n", csv);
    }

    [Fact]
    public void A_negative_number_stays_a_number_but_the_same_text_in_a_text_column_is_escaped()
    {
        var csv = new CsvWriter(Columns).Row("tunis", -3.5, "-3.5").Row("lisbon", -12, null).Row("rabat", -0.25m, "Δ -1").ToString();

        Assert.Equal("city,value,note\r\ntunis,-3.5,\"'-3.5\"\r\nlisbon,-12,\r\nrabat,-0.25,Δ -1\r\n", csv);
    }

    [Fact]
    public void Fields_are_quoted_as_rfc_4180_says_and_unicode_is_kept()
    {
        var csv = new CsvWriter(Columns)
            .Row("Tunis, Tunisia", 638845d, "say \"hi\"")
            .Row("تونس", null, "line one\nline two")
            .Row("Lisboa – São Vicente", 1e21, "")
            .ToUtf8();

        Assert.Equal(
            "city,value,note\r\n\"Tunis, Tunisia\",638845,\"say \"\"hi\"\"\"\r\nتونس,,\"line one\nline two\"\r\nLisboa – São Vicente,1E+21,\r\n",
            Encoding.UTF8.GetString(csv));
        Assert.NotEqual(0xEF, csv[0]);
    }

    [Fact]
    public void A_number_column_takes_numbers_only_and_every_row_has_every_column()
    {
        var writer = new CsvWriter(Columns);

        Assert.Equal("fields", Assert.Throws<ArgumentException>(() => writer.Row("tunis", "=1+2", "x")).ParamName);
        Assert.Equal("fields", Assert.Throws<ArgumentException>(() => writer.Row("tunis", 1)).ParamName);
        Assert.Equal("city,value,note\r\n", writer.ToString());
    }
}
