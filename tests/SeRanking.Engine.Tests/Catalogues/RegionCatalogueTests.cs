using System.Linq;
using SeRanking.Engine.Catalogues;

namespace SeRanking.Engine.Tests.Catalogues;

public sealed class RegionCatalogueTests
{
    [Fact]
    public void Countries_are_exactly_the_seed_table()
    {
        var seed = SeedDocument.Regions;
        var countries = RegionCatalogue.All.Where(r => !r.IsAggregate).Select(r => (r.Code, r.Name)).ToArray();

        Assert.Equal(seed.Count, countries.Length);
        Assert.Equal(seed, countries);
    }

    [Fact]
    public void Worldwide_is_the_only_aggregate_and_uk_is_the_United_Kingdom()
    {
        var aggregate = Assert.Single(RegionCatalogue.All, r => r.IsAggregate);
        Assert.Equal("worldwide", aggregate.Code);

        Assert.True(RegionCatalogue.TryGet("uk", out var uk));
        Assert.Equal("United Kingdom", uk.Name);
        Assert.False(uk.IsAggregate);
        Assert.DoesNotContain(RegionCatalogue.All, r => r.Code == "gb");
    }

    [Theory]
    [InlineData("gb", "uk")]
    [InlineData("GB", "uk")]
    [InlineData(" DE ", "de")]
    [InlineData("Worldwide", "worldwide")]
    public void TryGet_ignores_case_and_maps_gb_to_uk(string given, string expected)
    {
        Assert.True(RegionCatalogue.TryGet(given, out var region));
        Assert.Equal(expected, region.Code);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Germany")]
    [InlineData("g_us")]
    public void TryGet_refuses_what_is_not_a_code(string? given)
    {
        Assert.False(RegionCatalogue.TryGet(given, out var region));
        Assert.Null(region);
    }

    [Fact]
    public void Completing_a_name_prefix_offers_Germany_first()
    {
        var first = RegionCatalogue.Complete("Ger").First();

        Assert.Equal("de", first.Code);
        Assert.Equal("Germany", first.Name);
    }

    [Fact]
    public void Completing_united_offers_the_three_united_countries()
    {
        var codes = RegionCatalogue.Complete("united").Select(r => r.Code).ToArray();

        Assert.Equal(["ae", "uk", "us"], codes);
    }

    [Theory]
    [InlineData("kingdom", "uk")]
    [InlineData("KINGDOM", "uk")]
    [InlineData("cote", "ci")]
    [InlineData("turkiye", "tr")]
    [InlineData("gb", "uk")]
    [InlineData("'de'", "de")]
    public void Completion_matches_any_word_of_the_name_ignoring_case_and_accents(string word, string expected)
    {
        Assert.Contains(RegionCatalogue.Complete(word), r => r.Code == expected);
    }

    [Fact]
    public void Completion_lists_code_matches_before_name_matches()
    {
        var results = RegionCatalogue.Complete("u").ToArray();

        // Codes starting with u, alphabetically, then names with a word starting with u.
        Assert.Equal(["ua", "ug", "uk", "us", "uy", "uz"], results.Take(6).Select(r => r.Code));
        Assert.Contains(results.Skip(6), r => r.Name == "U.S. Virgin Islands");
        Assert.Contains(results.Skip(6), r => r.Name == "United Arab Emirates");
    }

    [Fact]
    public void Completion_of_nothing_lists_every_region_and_can_leave_out_worldwide()
    {
        Assert.Equal(RegionCatalogue.All.Count, RegionCatalogue.Complete(string.Empty).Count());
        Assert.Contains(RegionCatalogue.Complete("wor"), r => r.Code == "worldwide");
        Assert.DoesNotContain(RegionCatalogue.Complete("wor", includeAggregate: false), r => r.IsAggregate);
        Assert.DoesNotContain(RegionCatalogue.Complete(string.Empty, includeAggregate: false), r => r.IsAggregate);
    }

    [Fact]
    public void DescribeInvalid_names_the_value_and_the_fix()
    {
        var message = RegionCatalogue.DescribeInvalid("xx", allowAggregate: true);

        Assert.Contains("'xx'", message, System.StringComparison.Ordinal);
        Assert.Contains("us, uk, de, fr", message, System.StringComparison.Ordinal);
        Assert.Contains("worldwide", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Germany", "de (Germany)")]
    [InlineData("g_us", "us (United States)")]
    [InlineData("Untied States", "us (United States)")]
    public void DescribeInvalid_puts_the_obvious_meaning_first(string given, string expected)
    {
        var message = RegionCatalogue.DescribeInvalid(given, allowAggregate: true);

        Assert.Contains($"'{given}'", message, System.StringComparison.Ordinal);
        Assert.Contains($"Closest matches: {expected}", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeInvalid_suggests_codes_one_letter_away()
    {
        var message = RegionCatalogue.DescribeInvalid("ux", allowAggregate: true);

        Assert.Contains("uk (United Kingdom)", message, System.StringComparison.Ordinal);
        Assert.Contains("us (United States)", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeInvalid_explains_worldwide_where_it_is_not_accepted()
    {
        var message = RegionCatalogue.DescribeInvalid("worldwide", allowAggregate: false);

        Assert.Contains("'worldwide'", message, System.StringComparison.Ordinal);
        Assert.Contains("does not accept", message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("worldwide (Worldwide)", RegionCatalogue.DescribeInvalid("wor", allowAggregate: false), System.StringComparison.Ordinal);
    }
}
