using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Keywords;

// The rows of Serpstat's keyword analysis (§7) and the missing keywords of a page (§8).

/// <summary>
/// A keyword and its figures in one database: given keywords (SerpstatKeywordProcedure.getKeywordsInfo,
/// 1 credit per keyword), ideas for a seed (getKeywords, getSuggestions, getRelatedKeywords) or the
/// keywords a page misses (SerpstatUrlProcedure.getUrlMissingKeywords); 1 credit per row.
/// </summary>
[TableView("Keyword", "Volume", "Cost", "Competition", "Difficulty", "Type", "Seed")]
public sealed class SerpstatKeyword : IJsonOnDeserialized
{
    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    /// <summary>What the row answers: the seed keyword of ideas, the page of missing keywords; the keyword itself for metrics.</summary>
    [JsonIgnore]
    public string Seed { get; set; } = string.Empty;

    /// <summary>Metric, Phrase, Suggestion, Related or Missing: the list the row is from.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    /// <summary>False for a keyword the database has nothing on (getKeywordsInfo; every figure is then empty).</summary>
    [JsonIgnore]
    public bool HasData { get; set; } = true;

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
    public double? Competition { get; set; }

    [JsonPropertyName("difficulty")]
    public double? Difficulty { get; set; }

    [JsonPropertyName("found_results")]
    public long? FoundResults { get; set; }

    /// <summary>Words in the keyword.</summary>
    [JsonPropertyName("keyword_length")]
    public long? KeywordLength { get; set; }

    /// <summary>How close a related keyword is to the seed (getRelatedKeywords), or how much a missing keyword weighs (getUrlMissingKeywords).</summary>
    [JsonPropertyName("weight")]
    public double? Weight { get; set; }

    /// <summary>SERP features on the results page (types).</summary>
    [JsonPropertyName("types")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? SerpFeatures { get; set; }

    [JsonPropertyName("intents")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? Intents { get; set; }

    /// <summary>Places named in the keyword (geo_names).</summary>
    [JsonPropertyName("geo_names")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? GeoNames { get; set; }

    /// <summary>Social sites in the results (social_domains).</summary>
    [JsonPropertyName("social_domains")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? SocialDomains { get; set; }

    /// <summary>The right spelling, when the keyword is misspelt.</summary>
    [JsonPropertyName("right_spelling")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? RightSpelling { get; set; }

    /// <summary>The keyword's language (lang).</summary>
    [JsonPropertyName("lang")]
    public string? Language { get; set; }

    /// <summary>Search suggestions there are for it (getKeywordsInfo).</summary>
    [JsonPropertyName("suggestions_count")]
    public long? SuggestionsCount { get; set; }

    /// <summary>Phrase-match keywords there are for it (getKeywordsInfo).</summary>
    [JsonPropertyName("keywords_count")]
    public long? KeywordsCount { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>The row of a keyword the answer left out: the database has no data on it.</summary>
    internal static SerpstatKeyword NoData(string keyword) => new() { Keyword = keyword, HasData = false };

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// One result of a keyword's Google top 100 (SerpstatKeywordProcedure.getKeywordTop; with the
/// domain's figures, getKeywordFullTop); 1 credit per row.
/// </summary>
[TableView("Position", "Domain", "Url", "UrlKeywords", "DomainVisibility", "SerpFeatures")]
public sealed class SerpstatSerpResult : IJsonOnDeserialized
{
    [JsonPropertyName("position")]
    public long? Position { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The keyword whose results these are.</summary>
    [JsonIgnore]
    public string Keyword { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    [JsonPropertyName("subdomain")]
    public string? Subdomain { get; set; }

    /// <summary>SERP features of the result (types; getKeywordTop).</summary>
    [JsonPropertyName("types")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? SerpFeatures { get; set; }

    /// <summary>Keywords the page ranks for (url_keywords_count; getKeywordFullTop).</summary>
    [JsonPropertyName("url_keywords_count")]
    public long? UrlKeywords { get; set; }

    [JsonPropertyName("domain_visibility")]
    public double? DomainVisibility { get; set; }

    [JsonPropertyName("domain_keywords_organic")]
    public long? DomainKeywords { get; set; }

    [JsonPropertyName("domain_keywords_ppc")]
    public long? DomainAdKeywords { get; set; }

    [JsonPropertyName("domain_top_10_keywords_count")]
    public long? DomainTop10Keywords { get; set; }

    /// <summary>Serpstat's domain rank (domain_sdr).</summary>
    [JsonPropertyName("domain_sdr")]
    public long? DomainRank { get; set; }

    /// <summary>Pages linking to the domain (domain_in_urls_count).</summary>
    [JsonPropertyName("domain_in_urls_count")]
    public long? DomainBacklinks { get; set; }

    /// <summary>Domains linking to it (domain_in_domains_count).</summary>
    [JsonPropertyName("domain_in_domains_count")]
    public long? DomainReferringDomains { get; set; }

    [JsonPropertyName("domain_out_urls_count")]
    public long? DomainOutboundLinks { get; set; }

    [JsonPropertyName("domain_out_domains_count")]
    public long? DomainOutboundDomains { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}
