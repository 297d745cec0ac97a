using System.Text.Json.Serialization;
using SeRanking.Engine.Models;

namespace SeRanking.Engine.Serpstat.Url;

// The rows of Serpstat's URL analysis (§8); the keywords of a page are SerpstatRankedKeyword rows,
// its missing keywords SerpstatKeyword rows.

/// <summary>
/// The traffic and keywords of a domain's pages whose address contains a text
/// (SerpstatUrlProcedure.getSummaryTraffic; 1,000 credits per figure asked for).
/// </summary>
[TableView("Domain", "UrlContains", "Database", "Urls", "Traffic", "Keywords")]
public sealed class SerpstatUrlTraffic : IJsonOnDeserialized
{
    [JsonIgnore]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The text the pages' addresses contain (urlContains).</summary>
    [JsonIgnore]
    public string UrlContains { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    /// <summary>Pages that match.</summary>
    [JsonPropertyName("urls")]
    public long? Urls { get; set; }

    /// <summary>Their estimated traffic (when asked for).</summary>
    [JsonPropertyName("traffic")]
    public long? Traffic { get; set; }

    /// <summary>Their keywords (when asked for).</summary>
    [JsonPropertyName("keywords")]
    public long? Keywords { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        AdditionalFields?.Remove("summary_info");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A page competing with a given page, by keywords in common (SerpstatUrlProcedure.getUrlCompetitors; 1 credit per row).</summary>
[TableView("Url", "Domain", "CommonKeywords", "CompetitorOf")]
public sealed class SerpstatUrlCompetitor : IJsonOnDeserialized
{
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    /// <summary>Keywords both pages rank for (cnt).</summary>
    [JsonPropertyName("cnt")]
    public long? CommonKeywords { get; set; }

    /// <summary>The page asked for.</summary>
    [JsonIgnore]
    public string CompetitorOf { get; set; } = string.Empty;

    [JsonIgnore]
    public string Database { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}
