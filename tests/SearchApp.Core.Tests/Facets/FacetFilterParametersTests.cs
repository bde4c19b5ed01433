using SearchApp.Core.Facets;

namespace SearchApp.Core.Tests.Facets;

public sealed class FacetFilterParametersTests
{
    [Fact]
    public void Repeated_dimension_parameters_become_one_or_group_and_not_prefixed_ones_exclusions()
    {
        var filters = FacetFilterParameters.Parse(
        [
            new("q", "دمشق"), new("person", "أحمد"), new("person", " سارة "), new("person", "أحمد"),
            new("loc", "دمشق"), new("not.org", "الأمم المتحدة"), new("page", "2"), new("not.page", "x"), new("tag", ""),
        ]);

        Assert.Equal(["أحمد", "سارة"], filters.Include["person"]);
        Assert.Equal(["دمشق"], filters.Include["loc"]);
        Assert.Equal(["الأمم المتحدة"], filters.Exclude["org"]);
        Assert.Equal(["person", "loc"], filters.Include.Keys);
        Assert.Single(filters.Exclude);
        Assert.Null(filters.From);
    }

    [Fact]
    public void Dates_are_read_as_an_inclusive_range()
    {
        var filters = FacetFilterParameters.Parse([new("from", "2024-01-31"), new("to", "2024-02-29")]);

        Assert.Equal(new DateOnly(2024, 1, 31), filters.From);
        Assert.Equal(new DateOnly(2024, 2, 29), filters.To);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024/01/01")]
    [InlineData("yesterday")]
    public void An_invalid_date_is_a_format_error_the_api_turns_into_400(string value) =>
        Assert.Throws<FormatException>(() => FacetFilterParameters.Parse([new("from", value)]));
}
