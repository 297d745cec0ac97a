using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Models;

namespace SeRanking.Engine.Data.Domain;

// The rows of the domain-analysis family (§4). Each is the wire type itself: System.Text.Json
// fills it from the answer, the context columns (Domain, Source, Type…) are stamped by the
// operation. Where the sources leave a field's name unconfirmed, the row takes the other
// spellings out of its AdditionalFields when it is read.

/// <summary>
/// One line of a domain's (or a page's) worldwide overview: the worldwide totals (Source
/// "worldwide") or one country database's, of organic or paid results (GET
/// /v1/domain/overview/worldwide and /worldwide/url; 100 credits per call).
/// </summary>
[TableView("Domain", "Type", "Source", "Country", "Keywords", "Traffic", "TrafficCost")]
public sealed class DomainWorldwideOverview : IJsonOnDeserialized
{
    /// <summary>The domain asked for (the page's host for a page).</summary>
    [JsonIgnore]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The page asked for; null for a domain.</summary>
    [JsonIgnore]
    public string? Url { get; set; }

    /// <summary>organic or adv (paid), the block of the answer the line is from.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    /// <summary>The currency of TrafficCost (ISO 4217).</summary>
    [JsonIgnore]
    public string? Currency { get; set; }

    /// <summary>The regional database code (us, de…), or worldwide for the totals.</summary>
    [JsonPropertyName("source")]
    public string Source { get; set; } = string.Empty;

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Keywords ranked for (null when the keywords field was not asked for).</summary>
    [JsonPropertyName("keywords_count")]
    public long? Keywords { get; set; }

    /// <summary>Estimated monthly visits.</summary>
    [JsonPropertyName("traffic_sum")]
    public long? Traffic { get; set; }

    /// <summary>What the traffic would cost as ads, in <see cref="Currency"/>.</summary>
    [JsonPropertyName("price_sum")]
    public double? TrafficCost { get; set; }

    [JsonPropertyName("positions_new_count")]
    public long? NewPositions { get; set; }

    [JsonPropertyName("positions_up_count")]
    public long? UpPositions { get; set; }

    [JsonPropertyName("positions_down_count")]
    public long? DownPositions { get; set; }

    [JsonPropertyName("positions_lost_count")]
    public long? LostPositions { get; set; }

    [JsonPropertyName("positions_equal_count")]
    public long? UnchangedPositions { get; set; }

    public long? Top1To5 => Tops?.Top1To5;

    public long? Top6To10 => Tops?.Top6To10;

    public long? Top11To20 => Tops?.Top11To20;

    public long? Top21To50 => Tops?.Top21To50;

    public long? Top51To100 => Tops?.Top51To100;

    /// <summary>Paid position buckets (adv lines).</summary>
    public long? Top1To2 => Tops?.Top1To2;

    public long? Top3To5 => Tops?.Top3To5;

    public long? Top6To8 => Tops?.Top6To8;

    public long? Top9To11 => Tops?.Top9To11;

    /// <summary>Unknown fields of the line and of its position buckets (prefixed "positions_tops.").</summary>
    public ExtraFields? AdditionalFields => ExtraFields.Merge((string.Empty, Extra), ("positions_tops.", Tops?.AdditionalFields));

    [JsonInclude]
    [JsonPropertyName("positions_tops")]
    internal PositionBuckets? Tops { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal ExtraFields? Extra { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        // The buckets' nesting is unconfirmed: they may come flat on the line.
        Tops ??= PositionBuckets.TakeFrom(Extra);
        Keywords ??= Extra?.TakeLong("keywords");
        Traffic ??= Extra?.TakeLong("traffic");
        TrafficCost ??= Extra?.TakeDouble("price");
        Extra = Extra?.NullIfEmpty();
    }
}

/// <summary>Position buckets: organic top1_5…top51_100, paid top1_2…top9_11.</summary>
internal sealed class PositionBuckets
{
    [JsonPropertyName("top1_5")]
    public long? Top1To5 { get; set; }

    [JsonPropertyName("top6_10")]
    public long? Top6To10 { get; set; }

    [JsonPropertyName("top11_20")]
    public long? Top11To20 { get; set; }

    [JsonPropertyName("top21_50")]
    public long? Top21To50 { get; set; }

    [JsonPropertyName("top51_100")]
    public long? Top51To100 { get; set; }

    [JsonPropertyName("top1_2")]
    public long? Top1To2 { get; set; }

    [JsonPropertyName("top3_5")]
    public long? Top3To5 { get; set; }

    [JsonPropertyName("top6_8")]
    public long? Top6To8 { get; set; }

    [JsonPropertyName("top9_11")]
    public long? Top9To11 { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>Buckets written flat on a row, taken out of its unknown fields; null when there are none.</summary>
    internal static PositionBuckets? TakeFrom(ExtraFields? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var buckets = new PositionBuckets
        {
            Top1To5 = fields.TakeLong("top1_5"),
            Top6To10 = fields.TakeLong("top6_10"),
            Top11To20 = fields.TakeLong("top11_20"),
            Top21To50 = fields.TakeLong("top21_50"),
            Top51To100 = fields.TakeLong("top51_100"),
            Top1To2 = fields.TakeLong("top1_2"),
            Top3To5 = fields.TakeLong("top3_5"),
            Top6To8 = fields.TakeLong("top6_8"),
            Top9To11 = fields.TakeLong("top9_11"),
        };
        return new long?[] { buckets.Top1To5, buckets.Top6To10, buckets.Top11To20, buckets.Top21To50, buckets.Top51To100, buckets.Top1To2, buckets.Top3To5, buckets.Top6To8, buckets.Top9To11 }
            .Any(value => value is not null) ? buckets : null;
    }
}

/// <summary>One month of a domain's (or a page's) history in one database (GET /v1/domain/overview/history; 100 credits per call).</summary>
[TableView("Domain", "Source", "Date", "Keywords", "Traffic", "Top1To5", "Top6To10")]
public sealed class DomainHistoryPoint : IJsonOnDeserialized
{
    [JsonIgnore]
    public string Domain { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Url { get; set; }

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>organic or adv.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    /// <summary>The first day of the month the line is of.</summary>
    [JsonIgnore]
    public DateTime? Date { get; set; }

    [JsonIgnore]
    public int? Year { get; set; }

    [JsonIgnore]
    public int? Month { get; set; }

    [JsonPropertyName("keywords_count")]
    public long? Keywords { get; set; }

    [JsonPropertyName("traffic_sum")]
    public long? Traffic { get; set; }

    [JsonPropertyName("price_sum")]
    public double? TrafficCost { get; set; }

    [JsonPropertyName("top1_5")]
    public long? Top1To5 { get; set; }

    [JsonPropertyName("top6_10")]
    public long? Top6To10 { get; set; }

    [JsonPropertyName("top11_20")]
    public long? Top11To20 { get; set; }

    [JsonPropertyName("top21_50")]
    public long? Top21To50 { get; set; }

    [JsonPropertyName("top51_100")]
    public long? Top51To100 { get; set; }

    [JsonPropertyName("top1_2")]
    public long? Top1To2 { get; set; }

    [JsonPropertyName("top3_5")]
    public long? Top3To5 { get; set; }

    [JsonPropertyName("top6_8")]
    public long? Top6To8 { get; set; }

    [JsonPropertyName("top9_11")]
    public long? Top9To11 { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        // The month markers are unconfirmed: year and month numbers, a "YYYY-MM" month, or a date.
        var year = AdditionalFields?.TakeLong("year");
        var month = AdditionalFields?.TakeString("month");
        var date = AdditionalFields?.TakeString("date", "period");
        if (month is not null && int.TryParse(month, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            if (year is { } y && y is >= 1 and <= 9999 && number is >= 1 and <= 12)
            {
                Date = new DateTime((int)y, number, 1);
            }
        }
        else
        {
            date ??= month;
        }

        Date ??= MonthText.Parse(date);
        Year = Date?.Year ?? (int?)year;
        Month = Date?.Month;
        Keywords ??= AdditionalFields?.TakeLong("keywords");
        Traffic ??= AdditionalFields?.TakeLong("traffic");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>
/// A keyword a domain (or a page) ranks for, with its metrics (GET /v1/domain/keywords; 100
/// credits per page of up to 1,000). Reads the current data and the historical snapshots, which
/// spell some fields otherwise (previous_position, numbers as text, long intent names).
/// </summary>
[TableView("Keyword", "Position", "PreviousPosition", "Volume", "Traffic", "Cpc", "Url")]
public sealed class DomainKeyword : IJsonOnDeserialized
{
    /// <summary>The domain asked for (the page's host when a page was asked for).</summary>
    [JsonIgnore]
    public string Domain { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>organic or adv.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    /// <summary>The first day of the snapshot's month for historical data; null for the current data.</summary>
    [JsonIgnore]
    public DateTime? Snapshot { get; set; }

    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    [JsonPropertyName("position")]
    public long? Position { get; set; }

    /// <summary>The position the month before (0: not ranked then).</summary>
    [JsonPropertyName("prev_pos")]
    public long? PreviousPosition { get; set; }

    /// <summary>Monthly searches.</summary>
    [JsonPropertyName("volume")]
    public long? Volume { get; set; }

    [JsonPropertyName("cpc")]
    public double? Cpc { get; set; }

    /// <summary>Paid competition, 0–1.</summary>
    [JsonPropertyName("competition")]
    public double? Competition { get; set; }

    /// <summary>The ranking page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Keyword difficulty, 0–100.</summary>
    [JsonPropertyName("difficulty")]
    public long? Difficulty { get; set; }

    [JsonPropertyName("kei")]
    public double? Kei { get; set; }

    /// <summary>Results the search engine reports for the keyword (absent in historical snapshots).</summary>
    [JsonPropertyName("total_sites")]
    public long? TotalSites { get; set; }

    /// <summary>Estimated monthly visits from the keyword.</summary>
    [JsonPropertyName("traffic")]
    public long? Traffic { get; set; }

    /// <summary>The keyword's share of the domain's traffic, in percent.</summary>
    [JsonPropertyName("traffic_percent")]
    public double? TrafficPercent { get; set; }

    /// <summary>What the keyword's traffic would cost as ads.</summary>
    [JsonPropertyName("price")]
    public double? TrafficCost { get; set; }

    /// <summary>The SERP block the page shows in (sitelinks…), if any.</summary>
    [JsonPropertyName("block_type")]
    public string? BlockType { get; set; }

    [JsonPropertyName("block_position")]
    public long? BlockPosition { get; set; }

    /// <summary>Search intents as codes (I, N, T, C, L), whichever spelling the answer used; reads "C; T" in one cell.</summary>
    [JsonPropertyName("intents")]
    public TopList<string>? Intents { get; set; }

    [JsonPropertyName("snippet_num")]
    public long? SnippetNumber { get; set; }

    [JsonPropertyName("snippets_count")]
    public long? SnippetCount { get; set; }

    [JsonPropertyName("snippet_title")]
    public string? SnippetTitle { get; set; }

    [JsonPropertyName("snippet_description")]
    public string? SnippetDescription { get; set; }

    [JsonPropertyName("snippet_display_url")]
    public string? SnippetDisplayUrl { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        PreviousPosition ??= AdditionalFields?.TakeLong("previous_position");
        if (Intents is { } intents)
        {
            for (var i = 0; i < intents.Count; i++)
            {
                intents[i] = SearchIntents.CodeOf(intents[i]) ?? intents[i]?.Trim() ?? string.Empty;
            }
        }

        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>
/// A keyword two domains (or pages) both rank for, or one the first ranks for and the second
/// does not (GET /v1/domain/keywords/comparison; 100 credits per page of up to 1,000).
/// </summary>
[TableView("Keyword", "Volume", "Position", "ComparePosition", "Url", "CompareUrl")]
public sealed class ComparedKeyword : IJsonOnDeserialized
{
    /// <summary>The first domain (the first page's host when pages were compared).</summary>
    [JsonIgnore]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The second domain or page, as given.</summary>
    [JsonIgnore]
    public string Compare { get; set; } = string.Empty;

    /// <summary>True for the gap (keywords only the first has), false for common keywords.</summary>
    [JsonIgnore]
    public bool Gap { get; set; }

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    [JsonPropertyName("volume")]
    public long? Volume { get; set; }

    [JsonPropertyName("cpc")]
    public double? Cpc { get; set; }

    [JsonPropertyName("competition")]
    public double? Competition { get; set; }

    [JsonPropertyName("difficulty")]
    public long? Difficulty { get; set; }

    [JsonPropertyName("kei")]
    public double? Kei { get; set; }

    [JsonPropertyName("total_sites")]
    public long? TotalSites { get; set; }

    /// <summary>The first domain's position.</summary>
    [JsonPropertyName("position")]
    public long? Position { get; set; }

    /// <summary>The first domain's ranking page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("traffic")]
    public long? Traffic { get; set; }

    [JsonPropertyName("price")]
    public double? TrafficCost { get; set; }

    /// <summary>The second domain's position (none in a gap).</summary>
    [JsonPropertyName("compare_position")]
    public long? ComparePosition { get; set; }

    [JsonPropertyName("compare_url")]
    public string? CompareUrl { get; set; }

    [JsonPropertyName("compare_traffic")]
    public long? CompareTraffic { get; set; }

    [JsonPropertyName("compare_price")]
    public double? CompareTrafficCost { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>A ranking page of a domain (GET /v1/domain/pages; 100 credits per page of up to 1,000 rows, an assumption).</summary>
[TableView("Url", "Keywords", "Traffic", "TrafficPercent", "TrafficCost")]
public sealed class DomainPage : IJsonOnDeserialized
{
    /// <summary>The domain whose pages these are, as asked for (the API's target).</summary>
    [JsonIgnore]
    public string RootDomain { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>base_domain (with subdomains) or domain (the exact host).</summary>
    [JsonIgnore]
    public string Scope { get; set; } = string.Empty;

    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    /// <summary>The page (field name unconfirmed: url, domain_url, page).</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    /// <summary>Keywords the page ranks for.</summary>
    [JsonPropertyName("keywords_count")]
    public long? Keywords { get; set; }

    [JsonPropertyName("traffic_sum")]
    public long? Traffic { get; set; }

    /// <summary>The page's share of the domain's traffic, in percent.</summary>
    [JsonPropertyName("traffic_percent")]
    public double? TrafficPercent { get; set; }

    [JsonPropertyName("price_sum")]
    public double? TrafficCost { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Url.Length == 0)
        {
            Url = AdditionalFields?.TakeString("domain_url", "page", "page_url") ?? string.Empty;
        }

        TrafficPercent ??= AdditionalFields?.TakeDouble("domain_traffic_percent");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A subdomain of a domain with its search figures (GET /v1/domain/subdomains; 100 credits per page of up to 1,000 rows, an assumption).</summary>
[TableView("Domain", "Keywords", "Traffic", "TrafficPercent", "TrafficCost")]
public sealed class DomainSubdomain : IJsonOnDeserialized
{
    /// <summary>The domain whose subdomains these are, as asked for (the API's target).</summary>
    [JsonIgnore]
    public string RootDomain { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    [JsonIgnore]
    public string Scope { get; set; } = string.Empty;

    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    /// <summary>The subdomain (host); field name unconfirmed: subdomain, domain, host, domain_url.</summary>
    [JsonPropertyName("subdomain")]
    public string Domain { get; set; } = string.Empty;

    [JsonPropertyName("keywords_count")]
    public long? Keywords { get; set; }

    [JsonPropertyName("traffic_sum")]
    public long? Traffic { get; set; }

    [JsonPropertyName("traffic_percent")]
    public double? TrafficPercent { get; set; }

    [JsonPropertyName("price_sum")]
    public double? TrafficCost { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Domain.Length == 0)
        {
            Domain = AdditionalFields?.TakeString("domain", "host", "domain_url", "url") ?? string.Empty;
        }

        TrafficPercent ??= AdditionalFields?.TakeDouble("domain_traffic_percent");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>
/// A domain competing with the one asked for, in organic or paid results (GET
/// /v1/domain/competitors; 100 credits per call). The API answers them unsorted.
/// </summary>
[TableView("Domain", "CommonKeywords", "TotalKeywords", "MissingKeywords", "Traffic", "Relevance")]
public sealed class DomainCompetitor : IJsonOnDeserialized
{
    /// <summary>The domain whose competitors these are (not Target or Domain, so a row binds its competitor, not this, to the next command).</summary>
    [JsonIgnore]
    public string CompetitorOf { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    /// <summary>The competitor.</summary>
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>Keywords both rank for.</summary>
    [JsonPropertyName("common_keywords")]
    public long? CommonKeywords { get; set; }

    /// <summary>Keywords the competitor ranks for.</summary>
    [JsonPropertyName("total_keywords")]
    public long? TotalKeywords { get; set; }

    /// <summary>Keywords the competitor ranks for and the domain asked for does not.</summary>
    [JsonPropertyName("missing_keywords")]
    public long? MissingKeywords { get; set; }

    [JsonPropertyName("traffic_sum")]
    public long? Traffic { get; set; }

    [JsonPropertyName("price_sum")]
    public double? TrafficCost { get; set; }

    /// <summary>How close the competitor is, 0–1.</summary>
    [JsonPropertyName("domain_relevance")]
    public double? Relevance { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// One month of a keyword a domain advertises on: the keyword's figures and that month's ad
/// (GET /v1/domain/ads by domain; 100 credits per page of up to 100 keywords). The API keys the
/// ads by month; each month is a row of its own.
/// </summary>
[TableView("Keyword", "Month", "Position", "Title", "DisplayUrl", "Volume")]
public sealed class PaidAdKeyword : IJsonOnDeserialized
{
    /// <summary>The advertiser asked for.</summary>
    [JsonIgnore]
    public string Domain { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    /// <summary>Ads the domain showed for the keyword.</summary>
    [JsonPropertyName("ads_count")]
    public long? AdsCount { get; set; }

    [JsonPropertyName("coverage")]
    public double? Coverage { get; set; }

    [JsonPropertyName("competition")]
    public double? Competition { get; set; }

    [JsonPropertyName("cpc")]
    public double? Cpc { get; set; }

    [JsonPropertyName("volume")]
    public long? Volume { get; set; }

    [JsonPropertyName("traffic")]
    public long? Traffic { get; set; }

    /// <summary>The first day of the month of the ad; null when the keyword came with no ad.</summary>
    [JsonIgnore]
    public DateTime? Month { get; set; }

    /// <summary>The ad's position that month.</summary>
    [JsonIgnore]
    public long? Position { get; set; }

    [JsonIgnore]
    public string? Title { get; set; }

    [JsonIgnore]
    public string? Description { get; set; }

    [JsonIgnore]
    public string? DisplayUrl { get; set; }

    /// <summary>The ad's snippet count that month (snippet_count).</summary>
    [JsonIgnore]
    public long? SnippetCount { get; set; }

    /// <summary>The ad's landing page.</summary>
    [JsonIgnore]
    public string? Url { get; set; }

    /// <summary>Unknown fields of the keyword and of the month's ad (prefixed "snippet.").</summary>
    public ExtraFields? AdditionalFields => ExtraFields.Merge((string.Empty, Extra), ("snippet.", SnippetExtra));

    [JsonInclude]
    [JsonPropertyName("snippets")]
    [JsonConverter(typeof(AdSnippetsConverter))]
    internal List<AdSnippet>? Snippets { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal ExtraFields? Extra { get; set; }

    private ExtraFields? SnippetExtra { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => Extra = Extra?.NullIfEmpty();

    /// <summary>The row of each month, in month order (the row itself, without an ad, when it has none).</summary>
    internal IEnumerable<PaidAdKeyword> PerMonth() => AdSnippet.Spread(this, Snippets, () => (PaidAdKeyword)MemberwiseClone(), (row, ad) =>
    {
        row.Snippets = null;
        (row.Month, row.Position, row.Title, row.Description, row.DisplayUrl, row.SnippetCount, row.Url, row.SnippetExtra) =
            (ad.Month, ad.Position, ad.Title, ad.Description, ad.DisplayUrl, ad.SnippetCount, ad.Url, ad.AdditionalFields);
    });
}

/// <summary>
/// One month of a domain advertising on a keyword: the advertiser's figures and that month's ad
/// (GET /v1/domain/ads by keyword; 100 credits per page of up to 100 advertisers). Each month is
/// a row of its own.
/// </summary>
[TableView("Domain", "Month", "Position", "Title", "Keywords", "Traffic")]
public sealed class PaidAdAdvertiser : IJsonOnDeserialized
{
    /// <summary>The keyword asked for.</summary>
    [JsonIgnore]
    public string Keyword { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>The advertiser.</summary>
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    [JsonPropertyName("ads_count")]
    public long? AdsCount { get; set; }

    /// <summary>Keywords the advertiser buys.</summary>
    [JsonPropertyName("keywords_count")]
    public long? Keywords { get; set; }

    [JsonPropertyName("traffic_sum")]
    public long? Traffic { get; set; }

    [JsonPropertyName("price_sum")]
    public double? TrafficCost { get; set; }

    [JsonIgnore]
    public DateTime? Month { get; set; }

    [JsonIgnore]
    public long? Position { get; set; }

    [JsonIgnore]
    public string? Title { get; set; }

    [JsonIgnore]
    public string? Description { get; set; }

    [JsonIgnore]
    public string? DisplayUrl { get; set; }

    [JsonIgnore]
    public long? SnippetCount { get; set; }

    [JsonIgnore]
    public string? Url { get; set; }

    /// <summary>Unknown fields of the advertiser and of the month's ad (prefixed "snippet.").</summary>
    public ExtraFields? AdditionalFields => ExtraFields.Merge((string.Empty, Extra), ("snippet.", SnippetExtra));

    [JsonInclude]
    [JsonPropertyName("snippets")]
    [JsonConverter(typeof(AdSnippetsConverter))]
    internal List<AdSnippet>? Snippets { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal ExtraFields? Extra { get; set; }

    private ExtraFields? SnippetExtra { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => Extra = Extra?.NullIfEmpty();

    internal IEnumerable<PaidAdAdvertiser> PerMonth() => AdSnippet.Spread(this, Snippets, () => (PaidAdAdvertiser)MemberwiseClone(), (row, ad) =>
    {
        row.Snippets = null;
        (row.Month, row.Position, row.Title, row.Description, row.DisplayUrl, row.SnippetCount, row.Url, row.SnippetExtra) =
            (ad.Month, ad.Position, ad.Title, ad.Description, ad.DisplayUrl, ad.SnippetCount, ad.Url, ad.AdditionalFields);
    });
}

/// <summary>One month's ad in the <c>snippets</c> object of an ads answer.</summary>
internal sealed class AdSnippet : IJsonOnDeserialized
{
    [JsonIgnore]
    public DateTime? Month { get; set; }

    [JsonPropertyName("position")]
    public long? Position { get; set; }

    [JsonPropertyName("snippet_title")]
    public string? Title { get; set; }

    [JsonPropertyName("snippet_description")]
    public string? Description { get; set; }

    [JsonPropertyName("snippet_display_url")]
    public string? DisplayUrl { get; set; }

    [JsonPropertyName("snippet_count")]
    public long? SnippetCount { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        // In a list rather than a month-keyed object, an ad names its month itself.
        Month ??= MonthText.Parse(AdditionalFields?.TakeString("month", "date"));
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }

    /// <summary>A copy of <paramref name="row"/> for each ad, in month order; the row alone when there is none.</summary>
    internal static IEnumerable<TRow> Spread<TRow>(TRow row, List<AdSnippet>? ads, Func<TRow> copy, Action<TRow, AdSnippet> apply)
    {
        if (ads is not { Count: > 0 })
        {
            yield return row;
            yield break;
        }

        foreach (var ad in ads.OrderBy(a => a.Month ?? DateTime.MaxValue))
        {
            var month = copy();
            apply(month, ad);
            yield return month;
        }
    }
}

/// <summary>
/// Reads <c>snippets</c>: an object keyed by month (<c>"2025-01": {...}</c>), as documented; also
/// an array (an empty one is how such backends write an empty object) or a month holding several ads.
/// </summary>
internal sealed class AdSnippetsConverter : JsonConverter<List<AdSnippet>?>
{
    public override List<AdSnippet>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray:
                return ReadList(ref reader, null);
            case JsonTokenType.StartObject:
                var ads = new List<AdSnippet>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var month = MonthText.Parse(reader.GetString());
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var ad = JsonSerializer.Deserialize(ref reader, DomainJsonContext.Default.AdSnippet);
                        if (ad is not null)
                        {
                            ad.Month = month ?? ad.Month;
                            ads.Add(ad);
                        }
                    }
                    else if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        ads.AddRange(ReadList(ref reader, month));
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return ads;
            default:
                throw new JsonException($"Expected the month-keyed snippets object, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, List<AdSnippet>? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Ad snippets are read from answers, never written.");

    private static List<AdSnippet> ReadList(ref Utf8JsonReader reader, DateTime? month)
    {
        var ads = new List<AdSnippet>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject && JsonSerializer.Deserialize(ref reader, DomainJsonContext.Default.AdSnippet) is { } ad)
            {
                ad.Month = month ?? ad.Month;
                ads.Add(ad);
            }
            else
            {
                reader.Skip();
            }
        }

        return ads;
    }
}

/// <summary>Month texts of the domain answers: "2025-01", "2025-01-01" or a full date.</summary>
internal static class MonthText
{
    private static readonly string[] Formats = ["yyyy-MM", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>The first day of the month the text names; null when it names none.</summary>
    internal static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTime(date.Year, date.Month, 1)
            : null;
}
