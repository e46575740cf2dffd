using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;

namespace Mc2cm.BuildingBlocks.Tests.Api;

public sealed class PageRequestTests
{
    [Fact]
    public void A_next_token_resumes_after_the_page_with_the_same_filters()
    {
        var first = PageRequest.Read(new FieldViolations(), 10, null, "europe", "PT");

        var token = first.NextToken(totalSize: 25);
        var violations = new FieldViolations();
        var second = PageRequest.Read(violations, 10, token, "europe", "PT");

        Assert.True(violations.IsEmpty);
        Assert.Equal((10, 10), (second.Offset, second.Size));
        Assert.Empty(PageRequest.Read(new FieldViolations(), 10, second.NextToken(25), "europe", "PT").NextToken(25));
    }

    [Fact]
    public void A_token_is_refused_with_other_filters_or_when_forged()
    {
        var token = PageRequest.Read(new FieldViolations(), 10, null, "europe").NextToken(100);

        var otherFilters = new FieldViolations();
        PageRequest.Read(otherFilters, 10, token, "north-africa");
        var forged = new FieldViolations();
        PageRequest.Read(forged, 10, "bm90LWEtdG9rZW4", "europe");

        Assert.Equal("page_token", Assert.Single(otherFilters.All).Field);
        Assert.Equal("page_token", Assert.Single(forged.All).Field);
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 1)]
    [InlineData(100, 100)]
    public void Page_size_defaults_to_fifty_and_allows_up_to_a_hundred(int requested, int expected) =>
        Assert.Equal(expected, PageRequest.Read(new FieldViolations(), requested, null).Size);

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Page_size_out_of_range_is_a_violation(int requested)
    {
        var violations = new FieldViolations();

        PageRequest.Read(violations, requested, null);

        Assert.Equal("page_size", Assert.Single(violations.All).Field);
    }
}
