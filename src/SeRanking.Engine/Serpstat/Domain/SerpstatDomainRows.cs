using System;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Domain;

// The rows of Serpstat's domain analysis (§6). Each is the wire type itself; the context columns
// (Database, Domain asked for…) are stamped by the operation. Serpstat's own names are kept where
// they are plain words; visible, traff, concurrency and region_queries_count get the names users
// know (Visibility, Traffic, Competition, Volume). Lists read as one CSV cell.

/// <summary>
/// A domain's visibility, keywords and traffic, with their changes, in one database
/// (SerpstatDomainProcedure.getDomainsInfo; 5 credits per domain).
/// </summary>
[TableView("Domain", "Database", "Visibility", "Keywords", "Traffic", "NewKeywords", "LostKeywords")]
public sealed class SerpstatDomainSummary : IJsonOnDeserialized
{
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The Serpstat database (g_us, g_uk…).</summary>
    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    /// <summary>False for a domain the database has nothing on (every figure is then 0).</summary>
    [JsonIgnore]
    public bool HasData { get; set; } = true;

    /// <summary>Serpstat's visibility index (visible).</summary>
    [JsonPropertyName("visible")]
    public double Visibility { get; set; }

    /// <summary>Keywords in the top 100.</summary>
    [JsonPropertyName("keywords")]
    public long Keywords { get; set; }

    /// <summary>Estimated monthly organic traffic (traff).</summary>
    [JsonPropertyName("traff")]
    public long Traffic { get; set; }

    [JsonPropertyName("visible_dynamic")]
    public double? VisibilityChange { get; set; }

    [JsonPropertyName("keywords_dynamic")]
    public long? KeywordsChange { get; set; }

    [JsonPropertyName("traff_dynamic")]
    public long? TrafficChange { get; set; }

    [JsonPropertyName("ads_dynamic")]
    public long? AdsChange { get; set; }

    [JsonPropertyName("new_keywords")]
    public long? NewKeywords { get; set; }

    /// <summary>Keywords that left the top 100 (out_keywords).</summary>
    [JsonPropertyName("out_keywords")]
    public long? LostKeywords { get; set; }

    /// <summary>Keywords whose position improved (rised_keywords).</summary>
    [JsonPropertyName("rised_keywords")]
    public long? RisenKeywords { get; set; }

    /// <summary>Keywords whose position dropped (down_keywords).</summary>
    [JsonPropertyName("down_keywords")]
    public long? FallenKeywords { get; set; }

    /// <summary>Keywords the domain buys ads for.</summary>
    [JsonPropertyName("ad_keywords")]
    public long? AdKeywords { get; set; }

    /// <summary>Its ads.</summary>
    [JsonPropertyName("ads")]
    public long? Ads { get; set; }

    /// <summary>The date the changes are counted from (prev_date).</summary>
    [JsonPropertyName("prev_date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? PreviousDate { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>The row of a domain the answer left out: the database has no data on it.</summary>
    internal static SerpstatDomainSummary NoData(string domain) => new() { Domain = domain, HasData = false };

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>One dated point of a domain's history in one database (SerpstatDomainProcedure.getDomainsHistory; 1 credit per row).</summary>
[TableView("Domain", "Date", "Visibility", "Keywords", "Traffic", "NewKeywords", "LostKeywords")]
public sealed class SerpstatDomainHistoryPoint : IJsonOnDeserialized
{
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    [JsonPropertyName("visible")]
    public double? Visibility { get; set; }

    /// <summary>Visibility of the domain's static positions (visible_static).</summary>
    [JsonPropertyName("visible_static")]
    public double? VisibilityStatic { get; set; }

    [JsonPropertyName("keywords")]
    public long? Keywords { get; set; }

    [JsonPropertyName("traff")]
    public long? Traffic { get; set; }

    [JsonPropertyName("new_keywords")]
    public long? NewKeywords { get; set; }

    [JsonPropertyName("out_keywords")]
    public long? LostKeywords { get; set; }

    [JsonPropertyName("rised_keywords")]
    public long? RisenKeywords { get; set; }

    [JsonPropertyName("down_keywords")]
    public long? FallenKeywords { get; set; }

    [JsonPropertyName("ad_keywords")]
    public long? AdKeywords { get; set; }

    [JsonPropertyName("ads")]
    public long? Ads { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// A keyword a domain or a page ranks for, with its position and figures
/// (SerpstatDomainProcedure.getDomainKeywords, SerpstatUrlProcedure.getUrlKeywords,
/// SerpstatDomainProcedure.getDomainsUniqKeywords; 1 credit per row).
/// </summary>
[TableView("Keyword", "Position", "Url", "Volume", "Cost", "Difficulty", "Traffic")]
public sealed class SerpstatRankedKeyword : IJsonOnDeserialized
{
    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    /// <summary>The domain (or page) asked for.</summary>
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("subdomain")]
    public string? Subdomain { get; set; }

    /// <summary>The ranking page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("position")]
    public long? Position { get; set; }

    /// <summary>Position change since the previous update (dynamic).</summary>
    [JsonPropertyName("dynamic")]
    public long? PositionChange { get; set; }

    /// <summary>Monthly searches in the database (region_queries_count).</summary>
    [JsonPropertyName("region_queries_count")]
    public long? Volume { get; set; }

    /// <summary>Monthly searches of the broad match (region_queries_count_wide).</summary>
    [JsonPropertyName("region_queries_count_wide")]
    public long? VolumeWide { get; set; }

    /// <summary>Cost per click, USD.</summary>
    [JsonPropertyName("cost")]
    public double? Cost { get; set; }

    /// <summary>Paid competition, 0–100 (concurrency).</summary>
    [JsonPropertyName("concurrency")]
    public long? Competition { get; set; }

    [JsonPropertyName("difficulty")]
    public double? Difficulty { get; set; }

    /// <summary>Estimated monthly traffic from the keyword (traff).</summary>
    [JsonPropertyName("traff")]
    public long? Traffic { get; set; }

    /// <summary>Results Google reports for the keyword.</summary>
    [JsonPropertyName("found_results")]
    public long? FoundResults { get; set; }

    /// <summary>Words in the keyword.</summary>
    [JsonPropertyName("keyword_length")]
    public long? KeywordLength { get; set; }

    /// <summary>SERP features on the results page (types).</summary>
    [JsonPropertyName("types")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? SerpFeatures { get; set; }

    /// <summary>Places named in the keyword (geo_names).</summary>
    [JsonPropertyName("geo_names")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? GeoNames { get; set; }

    /// <summary>Search intents (with -WithIntents).</summary>
    [JsonPropertyName("intents")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? Intents { get; set; }

    /// <summary>The date of the figures (getDomainsUniqKeywords).</summary>
    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>The position before (getUrlKeywords' first_position).</summary>
    [JsonPropertyName("first_position")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? FirstPosition { get; set; }

    /// <summary>The page that ranked before (getUrlKeywords' first_url).</summary>
    [JsonPropertyName("first_url")]
    public string? FirstUrl { get; set; }

    /// <summary>Other fields; getDomainsUniqKeywords adds each domain's position under the domain's name.</summary>
    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// A competing domain: of a domain in organic search (SerpstatDomainProcedure.getCompetitors,
/// getOrganicCompetitorsPage) or of a keyword's top 20 (SerpstatKeywordProcedure.getCompetitors);
/// 1 credit per row.
/// </summary>
[TableView("Domain", "Relevance", "Common", "Visibility", "Keywords", "Traffic", "CompetitorOf")]
public sealed class SerpstatCompetitor : IJsonOnDeserialized
{
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The domain or keyword whose competitors these are.</summary>
    [JsonIgnore]
    public string CompetitorOf { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    /// <summary>How close a competitor it is.</summary>
    [JsonPropertyName("relevance")]
    public double? Relevance { get; set; }

    /// <summary>Keywords shared with the domain asked for (common: a number, or an object in getOrganicCompetitorsPage).</summary>
    [JsonIgnore]
    public long? Common { get; set; }

    /// <summary>Change of <see cref="Common"/> (getOrganicCompetitorsPage).</summary>
    [JsonIgnore]
    public double? CommonChange { get; set; }

    /// <summary>Keywords of the competitor the domain asked for lacks.</summary>
    [JsonPropertyName("missing")]
    public long? Missing { get; set; }

    [JsonPropertyName("visible")]
    public double? Visibility { get; set; }

    [JsonPropertyName("visible_dynamic")]
    public double? VisibilityChange { get; set; }

    /// <summary>The competitor's keywords (keywords; all in getOrganicCompetitorsPage).</summary>
    [JsonPropertyName("keywords")]
    public long? Keywords { get; set; }

    [JsonPropertyName("keywords_dynamic")]
    public long? KeywordsChange { get; set; }

    [JsonPropertyName("traff")]
    public long? Traffic { get; set; }

    [JsonPropertyName("traff_dynamic")]
    public long? TrafficChange { get; set; }

    [JsonPropertyName("new_keywords")]
    public long? NewKeywords { get; set; }

    [JsonPropertyName("out_keywords")]
    public long? LostKeywords { get; set; }

    [JsonPropertyName("rised_keywords")]
    public long? RisenKeywords { get; set; }

    [JsonPropertyName("down_keywords")]
    public long? FallenKeywords { get; set; }

    [JsonPropertyName("ad_keywords")]
    public long? AdKeywords { get; set; }

    [JsonPropertyName("ads")]
    public long? Ads { get; set; }

    [JsonPropertyName("ads_dynamic")]
    public long? AdsChange { get; set; }

    [JsonPropertyName("new_relevance")]
    public double? NewRelevance { get; set; }

    [JsonPropertyName("our_relevance")]
    public double? OurRelevance { get; set; }

    /// <summary>Keywords of the domain asked for the competitor also ranks for (intersected).</summary>
    [JsonPropertyName("intersected")]
    public long? Intersected { get; set; }

    [JsonPropertyName("not_intersected")]
    public long? NotIntersected { get; set; }

    /// <summary>The competitor's icon (getOrganicCompetitorsPage).</summary>
    [JsonPropertyName("favicon")]
    public string? Favicon { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    // getOrganicCompetitorsPage nests its figures: {"all": {"currentValue", "dynamicValue"}, ...}.
    [JsonInclude]
    [JsonPropertyName("all")]
    internal SerpstatChange? All { get; set; }

    [JsonInclude]
    [JsonPropertyName("visibility")]
    internal SerpstatChange? VisibilityBlock { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        // "common" is a number in getCompetitors and an object in getOrganicCompetitorsPage.
        if (AdditionalFields?.TryGetValue("common", out var common) == true && common.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            AdditionalFields.Remove("common");
            var block = System.Text.Json.JsonSerializer.Deserialize(common, Serpstat.SerpstatJsonContext.Default.SerpstatChange);
            Common = block?.Current is { } current ? (long)Math.Round(current) : null;
            CommonChange = block?.Change;
        }

        Common ??= AdditionalFields?.TakeLong("common");
        Keywords ??= All?.Current is { } all ? (long)Math.Round(all) : null;
        KeywordsChange ??= All?.Change is { } allChange ? (long)Math.Round(allChange) : null;
        Visibility ??= VisibilityBlock?.Current;
        VisibilityChange ??= VisibilityBlock?.Change;
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A figure and its change, as getOrganicCompetitorsPage nests them.</summary>
internal sealed class SerpstatChange
{
    [JsonPropertyName("currentValue")]
    public double? Current { get; set; }

    [JsonPropertyName("dynamicValue")]
    public double? Change { get; set; }
}

/// <summary>
/// A paid keyword and its ad: of a domain (SerpstatDomainProcedure.getAdKeywords) or shown for a
/// keyword (SerpstatKeywordProcedure.getAdKeywords); 1 credit per row.
/// </summary>
[TableView("Keyword", "Domain", "Position", "Title", "Volume", "Cost")]
public sealed class SerpstatAdKeyword : IJsonOnDeserialized
{
    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    /// <summary>The domain or keyword asked for.</summary>
    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    [JsonPropertyName("subdomain")]
    public string? Subdomain { get; set; }

    /// <summary>The ad's landing page.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("position")]
    public long? Position { get; set; }

    /// <summary>Where the ad shows (Serpstat's type code).</summary>
    [JsonPropertyName("type")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? Type { get; set; }

    [JsonPropertyName("region_queries_count")]
    public long? Volume { get; set; }

    [JsonPropertyName("region_queries_count_wide")]
    public long? VolumeWide { get; set; }

    [JsonPropertyName("cost")]
    public double? Cost { get; set; }

    [JsonPropertyName("concurrency")]
    public long? Competition { get; set; }

    [JsonPropertyName("difficulty")]
    public double? Difficulty { get; set; }

    [JsonPropertyName("found_results")]
    public long? FoundResults { get; set; }

    [JsonPropertyName("keyword_length")]
    public long? KeywordLength { get; set; }

    [JsonPropertyName("types")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? SerpFeatures { get; set; }

    [JsonPropertyName("geo_names")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? GeoNames { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// A domain competing in paid search: with a domain (SerpstatDomainProcedure.getAdsCompetitors) or
/// on a keyword (SerpstatKeywordProcedure.getAdsCompetitors); 1 credit per row.
/// </summary>
[TableView("Domain", "Ads", "Keywords", "Intersected", "Common", "Query")]
public sealed class SerpstatAdCompetitor : IJsonOnDeserialized
{
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The domain or keyword asked for.</summary>
    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    [JsonPropertyName("ads")]
    public long? Ads { get; set; }

    /// <summary>The competitor's paid keywords (keywords; all for a keyword).</summary>
    [JsonPropertyName("keywords")]
    public long? Keywords { get; set; }

    /// <summary>Paid keywords shared with the domain asked for.</summary>
    [JsonPropertyName("intersected")]
    public long? Intersected { get; set; }

    /// <summary>Paid keywords of the competitor the domain asked for lacks.</summary>
    [JsonPropertyName("missing_keywords")]
    public long? MissingKeywords { get; set; }

    /// <summary>Keywords shared with the keyword's advertisers (keyword lists).</summary>
    [JsonPropertyName("common")]
    public long? Common { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Keywords ??= AdditionalFields?.TakeLong("all");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>
/// A domain's keywords or traffic in one Serpstat database (SerpstatDomainProcedure.getRegionsCount,
/// getAllRegionsTraffic; 1 credit per row).
/// </summary>
[TableView("Domain", "Database", "Country", "Keywords", "Traffic")]
public sealed class SerpstatDomainRegion : IJsonOnDeserialized
{
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The Serpstat database (db_name; region in getAllRegionsTraffic).</summary>
    [JsonPropertyName("db_name")]
    public string Database { get; set; } = string.Empty;

    /// <summary>The country (country_name_en).</summary>
    [JsonPropertyName("country_name_en")]
    public string? Country { get; set; }

    /// <summary>The Google domain of the database (google.de…).</summary>
    [JsonPropertyName("google_domain")]
    public string? GoogleDomain { get; set; }

    /// <summary>Keywords the domain has there (keywords_count; getRegionsCount).</summary>
    [JsonPropertyName("keywords_count")]
    public long? Keywords { get; set; }

    /// <summary>Estimated traffic there (traff; getAllRegionsTraffic).</summary>
    [JsonPropertyName("traff")]
    public long? Traffic { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Database = Database.Length > 0 ? Database : AdditionalFields?.TakeString("region", "se") ?? string.Empty;
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>
/// A page and the keywords it ranks for: of a domain (SerpstatDomainProcedure.getDomainUrls,
/// getTopUrls) or for a keyword's variations (SerpstatKeywordProcedure.getTopUrls).
/// </summary>
[TableView("Url", "Keywords", "Traffic", "FacebookShares", "Query")]
public sealed class SerpstatPage : IJsonOnDeserialized
{
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    /// <summary>The domain or keyword asked for.</summary>
    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    /// <summary>Keywords the page ranks for (keywords; organic_keywords in getTopUrls).</summary>
    [JsonPropertyName("keywords")]
    public long? Keywords { get; set; }

    /// <summary>Estimated traffic (traff; potencial_traff in getTopUrls).</summary>
    [JsonPropertyName("traff")]
    public long? Traffic { get; set; }

    [JsonPropertyName("facebook_shares")]
    public long? FacebookShares { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Keywords ??= AdditionalFields?.TakeLong("organic_keywords");
        Traffic ??= AdditionalFields?.TakeLong("potencial_traff", "potential_traff");
        FacebookShares ??= AdditionalFields?.TakeLong("fbShares");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A keyword two or three domains all rank for, with each one's position (SerpstatDomainProcedure.getDomainsIntersection; 1 credit per row).</summary>
[TableView("Keyword", "Volume", "Domain1", "Position1", "Domain2", "Position2", "Position3")]
public sealed class SerpstatKeywordIntersection : IJsonOnDeserialized
{
    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    [JsonPropertyName("region_queries_count")]
    public long? Volume { get; set; }

    [JsonPropertyName("region_queries_count_wide")]
    public long? VolumeWide { get; set; }

    [JsonPropertyName("cost")]
    public double? Cost { get; set; }

    [JsonPropertyName("concurrency")]
    public long? Competition { get; set; }

    [JsonPropertyName("found_results")]
    public long? FoundResults { get; set; }

    [JsonPropertyName("keyword_length")]
    public long? KeywordLength { get; set; }

    [JsonPropertyName("traff")]
    public long? Traffic { get; set; }

    [JsonPropertyName("types")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? SerpFeatures { get; set; }

    [JsonPropertyName("geo_names")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? GeoNames { get; set; }

    [JsonPropertyName("domain1")]
    public string? Domain1 { get; set; }

    [JsonPropertyName("position1")]
    public long? Position1 { get; set; }

    [JsonPropertyName("url1")]
    public string? Url1 { get; set; }

    [JsonPropertyName("dynamic1")]
    public long? PositionChange1 { get; set; }

    [JsonPropertyName("domain2")]
    public string? Domain2 { get; set; }

    [JsonPropertyName("position2")]
    public long? Position2 { get; set; }

    [JsonPropertyName("url2")]
    public string? Url2 { get; set; }

    [JsonPropertyName("dynamic2")]
    public long? PositionChange2 { get; set; }

    /// <summary>The third domain's, when three were compared.</summary>
    [JsonPropertyName("domain3")]
    public string? Domain3 { get; set; }

    [JsonPropertyName("position3")]
    public long? Position3 { get; set; }

    [JsonPropertyName("url3")]
    public string? Url3 { get; set; }

    [JsonPropertyName("dynamic3")]
    public long? PositionChange3 { get; set; }

    /// <summary>Other fields (subdomain1…3 among them).</summary>
    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// What a CSV export call answers (SerpstatDomainProcedure.exportPositions, SerpstatKeywordProcedure
/// .exportSuggestions, exportKeywordsPhrase; 1 credit per row exported): the file's address. The
/// reference does not give the answer's shape; the address is read from the usual names.
/// </summary>
[TableView("Method", "Query", "Database", "Url")]
public sealed class SerpstatExport : IJsonOnDeserialized
{
    /// <summary>The export method called.</summary>
    [JsonIgnore]
    public string Method { get; set; } = string.Empty;

    /// <summary>The domain or keyword exported.</summary>
    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    /// <summary>Where to download the file.</summary>
    [JsonIgnore]
    public string? Url { get; set; }

    /// <summary>Rows in the file, when the answer says.</summary>
    [JsonIgnore]
    public long? Rows { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Url = AdditionalFields?.TakeString("url", "file", "link", "download_url", "file_url", "data", "result");
        Rows = AdditionalFields?.TakeLong("rows", "count", "total", "lines");
        AdditionalFields?.Remove("summary_info");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}
