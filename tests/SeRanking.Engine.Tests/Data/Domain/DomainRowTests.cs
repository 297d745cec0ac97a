using System;
using System.Linq;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Data.Domain;

/// <summary>
/// The domain rows read from the reference's sample bodies and from the other spellings the
/// sources leave open (historical snapshots, unconfirmed field names and wrapper shapes).
/// </summary>
public class DomainRowTests
{
    [Fact]
    public void Domain_keywords_sample_reads_every_column_and_a_null_total()
    {
        var rows = Samples.Rows(DomainOperations.Keywords, Samples.Read("seranking-domain-keywords"));

        Assert.Equal(3, rows.Count);
        var tent = rows[0];
        Assert.Equal(("lightweight camping tent", 3L, 5L, 9900L), (tent.Keyword, tent.Position, tent.PreviousPosition, tent.Volume));
        Assert.Equal((1.82, 0.71, 38L, 41_200_000L), (tent.Cpc, tent.Competition, tent.Difficulty, tent.TotalSites));
        Assert.Equal((842L, 1.37, 1532.44, 3L), (tent.Traffic, tent.TrafficPercent, tent.TrafficCost, tent.BlockPosition));
        Assert.Equal("https://example-shop.com/tents/", tent.Url);
        Assert.Equal("C; T", tent.Intents!.ToString());
        Assert.Null(tent.BlockType);
        Assert.Null(rows[1].TotalSites);
        Assert.Equal("sitelinks", rows[1].BlockType);
        Assert.All(rows, r => Assert.Null(r.AdditionalFields));
    }

    [Fact]
    public void A_historical_keyword_row_reads_the_renamed_fields_text_numbers_and_long_intents()
    {
        var json = """
            [{"keyword": "camping tent", "position": 4, "previous_position": 6, "volume": "12100", "cpc": "0.95",
              "competition": 0.4, "url": "https://example-shop.com/", "difficulty": 41, "traffic": "310",
              "traffic_percent": 0.9, "price": 294.5, "intents": ["INFORMATIONAL", "commercial", "T"]}]
            """;

        var row = Assert.Single(Samples.Rows(DomainOperations.Keywords, json));

        Assert.Equal((4L, 6L, 12100L, 310L, 0.95), (row.Position, row.PreviousPosition, row.Volume, row.Traffic, row.Cpc));
        Assert.Equal(["I", "C", "T"], row.Intents!);
        Assert.Null(row.TotalSites);
        Assert.Null(row.AdditionalFields);
    }

    [Fact]
    public void Competitors_sample_is_two_competitors_in_the_answers_order()
    {
        var rows = Samples.Rows(DomainOperations.Competitors, Samples.Read("seranking-domain-competitors"));

        Assert.Equal(["rival-store.net", "outdoorgiant.com"], rows.Select(r => r.Domain));
        Assert.Equal((6120L, 19802L, 13682L, 40215L, 30110.2, 0.31), (rows[0].CommonKeywords, rows[0].TotalKeywords, rows[0].MissingKeywords, rows[0].Traffic, rows[0].TrafficCost, rows[0].Relevance));
        Assert.All(rows, r => Assert.Null(r.AdditionalFields));
    }

    [Fact]
    public void A_worldwide_page_overview_given_as_objects_is_one_row_per_block()
    {
        var json = """{"organic": {"source": "worldwide", "country": "Worldwide", "keywords_count": 120, "traffic_sum": 900, "price_sum": 88.5}, "adv": {"source": "worldwide", "keywords_count": 3}}""";

        var rows = Samples.Rows(DomainOperations.WorldwideUrl, json);

        Assert.Equal(2, rows.Count);
        Assert.Equal((120L, 900L, 88.5), (rows[0].Keywords, rows[0].Traffic, rows[0].TrafficCost));
        Assert.Equal(3L, rows[1].Keywords);
    }

    [Fact]
    public void Worldwide_position_buckets_are_read_nested_or_flat()
    {
        var json = """{"organic": [{"source": "us", "positions_tops": {"top1_5": 7, "top6_10": 9, "top101_200": 4}}, {"source": "de", "top1_5": 2, "top51_100": 40}]}""";

        var rows = Samples.Rows(DomainOperations.Worldwide, json);

        Assert.Equal((7L, 9L), (rows[0].Top1To5, rows[0].Top6To10));
        Assert.Equal("positions_tops.top101_200=4", rows[0].AdditionalFields!.ToString());
        Assert.Equal((2L, 40L), (rows[1].Top1To5, rows[1].Top51To100));
        Assert.Null(rows[1].AdditionalFields);
    }

    [Theory]
    [InlineData("""[{"year": 2025, "month": 3, "keywords_count": 10}]""")]
    [InlineData("""[{"month": "2025-03", "keywords_count": 10}]""")]
    [InlineData("""[{"date": "2025-03-01", "keywords_count": 10}]""")]
    [InlineData("""{"history": [{"year": "2025", "month": "3", "keywords_count": "10"}]}""")]
    public void A_history_month_is_read_from_any_of_its_markers(string json)
    {
        var row = Assert.Single(Samples.Rows(DomainOperations.History, json));

        Assert.Equal(new DateTime(2025, 3, 1), row.Date);
        Assert.Equal((2025, 3, 10L), (row.Year, row.Month, row.Keywords));
        Assert.Null(row.AdditionalFields);
    }

    [Fact]
    public void Pages_and_subdomains_read_their_unconfirmed_field_names()
    {
        var page = Assert.Single(Samples.Rows(DomainOperations.Pages, """{"total": 1, "pages": [{"domain_url": "https://example.com/a", "keywords_count": 5, "domain_traffic_percent": 2.5}]}"""));
        var subdomain = Assert.Single(Samples.Rows(DomainOperations.Subdomains, """[{"domain": "blog.example.com", "traffic_sum": 9}]"""));

        Assert.Equal(("https://example.com/a", 5L, 2.5), (page.Url, page.Keywords, page.TrafficPercent));
        Assert.Null(page.AdditionalFields);
        Assert.Equal(("blog.example.com", 9L), (subdomain.Domain, subdomain.Traffic));
    }

    [Fact]
    public void Month_keyed_ads_become_one_row_per_month_in_month_order()
    {
        var json = """
            [{"keyword": "buy tent", "ads_count": 4, "coverage": 0.5, "competition": 0.7, "cpc": 1.2, "volume": 900, "traffic": 30,
              "snippets": {"2025-02": {"position": 2, "snippet_title": "Feb ad", "snippet_description": "d", "snippet_display_url": "shop.com", "snippet_count": 3, "url": "https://shop.com/b", "badge": "new"},
                           "2025-01": {"position": 1, "snippet_title": "Jan ad", "url": "https://shop.com/a"}}}]
            """;

        var rows = Samples.Rows(DomainOperations.AdsByDomain, json).SelectMany(DomainOperations.AdsByDomain.Expand!).ToList();

        Assert.Equal([new DateTime(2025, 1, 1), new DateTime(2025, 2, 1)], rows.Select(r => r.Month!.Value));
        Assert.Equal(("Jan ad", 1L, "https://shop.com/a"), (rows[0].Title, rows[0].Position, rows[0].Url));
        Assert.Equal(("Feb ad", "shop.com", 3L, "d"), (rows[1].Title, rows[1].DisplayUrl, rows[1].SnippetCount, rows[1].Description));
        Assert.All(rows, r => Assert.Equal(("buy tent", 4L, 900L, 0.5), (r.Keyword, r.AdsCount, r.Volume, r.Coverage)));
        Assert.Null(rows[0].AdditionalFields);
        Assert.Equal("snippet.badge=new", rows[1].AdditionalFields!.ToString());
    }

    [Theory]
    [InlineData("""[{"domain": "shop.com", "ads_count": 2, "snippets": []}]""", 1, null)]
    [InlineData("""[{"domain": "shop.com", "ads_count": 2, "snippets": null}]""", 1, null)]
    [InlineData("""[{"domain": "shop.com", "ads_count": 2, "snippets": [{"month": "2025-04", "position": 3}, {"date": "2025-03-01", "position": 1}]}]""", 2, "2025-03-01")]
    [InlineData("""[{"domain": "shop.com", "ads_count": 2, "snippets": {"2025-05": [{"position": 1}, {"position": 2}]}}]""", 2, "2025-05-01")]
    public void Ads_without_ads_or_listed_rather_than_keyed_still_read(string json, int rows, string? firstMonth)
    {
        var read = Samples.Rows(DomainOperations.AdsByKeyword, json).SelectMany(DomainOperations.AdsByKeyword.Expand!).ToList();

        Assert.Equal(rows, read.Count);
        Assert.All(read, r => Assert.Equal(("shop.com", 2L), (r.Domain, r.AdsCount)));
        Assert.Equal(firstMonth is null ? null : DateTime.Parse(firstMonth, System.Globalization.CultureInfo.InvariantCulture), read[0].Month);
    }
}
