using System.Linq;
using SeRanking.Engine.Catalogues;

namespace SeRanking.Engine.Tests.Catalogues;

public sealed class SerpFeatureCatalogueTests
{
    [Fact]
    public void Features_are_exactly_the_seed_table()
    {
        var seed = SeedDocument.SerpFeatures;
        var features = SerpFeatureCatalogue.All.Select(f => (f.Code, f.Name)).ToArray();

        // The seed's table has 57 rows (the API reference's "58" counts one too many).
        Assert.Equal(57, seed.Count);
        Assert.Equal(seed, features);
    }

    [Theory]
    [InlineData("sge", "sge")]
    [InlineData("SGE", "sge")]
    [InlineData("Featured Snippets", "featured_snippets")]
    [InlineData("people-also-ask", "people_also_ask")]
    [InlineData("ai_overview", "sge")]
    public void TryGet_ignores_case_and_accepts_the_name(string given, string expected)
    {
        Assert.True(SerpFeatureCatalogue.TryGet(given, out var feature));
        Assert.Equal(expected, feature.Code);
    }

    [Theory]
    [InlineData("featured_snippet")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGet_refuses_unknown_codes(string? given)
    {
        Assert.False(SerpFeatureCatalogue.TryGet(given, out _));
    }

    [Fact]
    public void Completion_offers_code_prefixes_then_name_words()
    {
        var shopping = SerpFeatureCatalogue.Complete("shop").Select(f => f.Code).ToArray();
        Assert.Equal(["shopping_results", "shopping_results_main_block", "shopping_results_side", "shopping_results_top"], shopping);

        var snippets = SerpFeatureCatalogue.Complete("Snip").ToArray();
        var feature = Assert.Single(snippets);
        Assert.Equal("featured_snippets", feature.Code);
        Assert.Equal("Featured Snippets", feature.Name);
    }

    [Fact]
    public void Completing_ai_offers_sge_the_AI_Overview()
    {
        Assert.Equal("sge", SerpFeatureCatalogue.Complete("ai").First().Code);
    }

    [Fact]
    public void Every_feature_completes_from_its_own_code()
    {
        foreach (var feature in SerpFeatureCatalogue.All)
        {
            Assert.Equal(feature, SerpFeatureCatalogue.Complete(feature.Code).First());
        }
    }

    [Fact]
    public void DescribeInvalid_names_the_value_and_suggests_the_nearest_code()
    {
        var message = SerpFeatureCatalogue.DescribeInvalid("featured_snipet");

        Assert.Contains("'featured_snipet'", message, System.StringComparison.Ordinal);
        Assert.Contains("Closest matches: featured_snippets (Featured Snippets)", message, System.StringComparison.Ordinal);
    }
}
