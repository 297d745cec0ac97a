using System;
using System.Linq;
using System.Text;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>The reference's Serpstat sample bodies read through the operations, as the engine reads an answer.</summary>
public class SerpstatSampleTests
{
    [Fact]
    public void Domain_keywords_read_with_their_figures_lists_and_intents()
    {
        var row = Samples.Row(SerpstatDomainOperations.Keywords, "serpstat-getDomainKeywords");

        Assert.Equal(("lightweight camping tent", 4L, "https://example-shop.com/tents/"), (row.Keyword, row.Position!.Value, row.Url));
        Assert.Equal((9900L, 1.82, 91L, 39.0, 604L), (row.Volume!.Value, row.Cost!.Value, row.Competition!.Value, row.Difficulty!.Value, row.Traffic!.Value));
        Assert.Equal("pic; also_asks", row.SerpFeatures!.ToString());
        Assert.Equal("commercial", row.Intents!.ToString());
        Assert.Empty(row.GeoNames!);
        Assert.Null(row.AdditionalFields);
    }

    [Fact]
    public void Domain_summaries_read_one_row_per_domain()
    {
        var rows = Samples.Rows(SerpstatDomainOperations.Summary, Samples.Read("serpstat-getDomainsInfo"));

        Assert.Equal(["example-shop.com", "rival-store.net"], rows.Select(r => r.Domain));
        Assert.Equal((0.8412, 30551L, 58800L, -3L), (rows[0].Visibility, rows[0].Keywords, rows[0].Traffic, rows[0].AdsChange!.Value));
        Assert.Equal((4102L, 2898L, 5620L, 4711L), (rows[0].NewKeywords!.Value, rows[0].LostKeywords!.Value, rows[0].RisenKeywords!.Value, rows[0].FallenKeywords!.Value));
        Assert.Equal(new DateTime(2026, 1, 5), rows[1].PreviousDate);
    }

    [Fact]
    public void Phrase_keywords_read_their_social_domains_and_a_null_spelling()
    {
        var rows = Samples.Rows(SerpstatKeywordOperations.Phrase, Samples.Read("serpstat-getKeywords"));

        Assert.Equal(["camping tent 4 person", "camping tent sale"], rows.Select(r => r.Keyword));
        Assert.Equal("youtube; reddit", rows[0].SocialDomains!.ToString());
        Assert.Null(rows[0].RightSpelling);
        Assert.Equal(("en", 4L, 44.0), (rows[0].Language, rows[0].KeywordLength!.Value, rows[0].Difficulty!.Value));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_total_and_the_balance_of_a_sample_are_found_by_their_path_after_the_rows()
    {
        using var reader = new JsonRowReader<SerpstatRankedKeyword>(new System.IO.MemoryStream(Samples.Read("serpstat-getDomainKeywords")), SerpstatDomainOperations.Keywords.Rows, SerpstatDomainOperations.Keywords.RowTypeInfo);
        while (await reader.ReadAsync(default))
        {
        }

        Assert.Equal(30551, CapturedValues.Long(reader.Captured, "result.summary_info.total"));
        Assert.Equal(487147, CapturedValues.Long(reader.Captured, "result.summary_info.left_lines"));
        Assert.Null(CapturedValues.Long(reader.Captured, "result.summary_info.nothing"));
        Assert.Null(CapturedValues.Long(reader.Captured, "result.nothing.total"));
    }

    [Fact]
    public void Geo_names_given_as_objects_read_as_their_names()
    {
        const string Body = """{"result": {"data": [{"keyword": "tent london", "geo_names": [{"name": "london", "id": 7}, "uk", 3]}], "summary_info": {"left_lines": 1}}}""";

        var row = Samples.Rows(SerpstatKeywordOperations.Phrase, Encoding.UTF8.GetBytes(Body)).Single();

        Assert.Equal("london; uk; 3", row.GeoNames!.ToString());
    }

    [Fact]
    public void Competitors_keyed_by_domain_and_nested_page_figures_read_as_flat_rows()
    {
        const string Keyed = """{"result": {"data": {"nike.com": {"domain": "nike.com", "visible": 2.5, "common": 40, "intersected": 12}, "count": 1}, "summary_info": {"page": 1}}}""";
        const string Nested = """{"result": {"data": [{"domain": "b.com", "all": {"currentValue": 900, "dynamicValue": -4}, "common": {"currentValue": 30, "dynamicValue": 1.5}, "visibility": {"currentValue": 0.7, "dynamicValue": 0.1}, "missing": 5, "relevance": 88}]}}""";

        var keyed = Samples.Rows(SerpstatKeywordOperations.Competitors, Encoding.UTF8.GetBytes(Keyed)).Single();
        var nested = Samples.Rows(SerpstatDomainOperations.CompetitorPages, Encoding.UTF8.GetBytes(Nested)).Single();

        Assert.Equal(("nike.com", 40L, 12L, 2.5), (keyed.Domain, keyed.Common!.Value, keyed.Intersected!.Value, keyed.Visibility!.Value));
        Assert.Equal((900L, -4L, 30L, 1.5, 0.7, 0.1, 5L, 88.0), (nested.Keywords!.Value, nested.KeywordsChange!.Value, nested.Common!.Value, nested.CommonChange!.Value, nested.Visibility!.Value, nested.VisibilityChange!.Value, nested.Missing!.Value, nested.Relevance!.Value));
        Assert.Null(nested.AdditionalFields);
    }

    [Fact]
    public async System.Threading.Tasks.Task An_error_answer_holds_no_row_and_keeps_its_error_member()
    {
        using var reader = new JsonRowReader<SerpstatRankedKeyword>(new System.IO.MemoryStream(Samples.Read("serpstat-error")), SerpstatDomainOperations.Keywords.Rows, SerpstatDomainOperations.Keywords.RowTypeInfo);

        Assert.False(await reader.ReadAsync(default));
        Assert.Equal("32018", CapturedValues.Text(reader.Captured, "error.code"));
        Assert.Equal(PagingStyle.PageAndLimit, SerpstatDomainOperations.Keywords.Paging.Style);
    }
}
