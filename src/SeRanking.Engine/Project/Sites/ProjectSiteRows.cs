using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.Sites;

/// <summary>
/// A project of the account (GET /sites, unified GET /v1/project-management/sites): the site it
/// tracks and how. <see cref="SiteId"/> binds to the <c>-SiteId</c> of every project cmdlet.
/// </summary>
[TableView("SiteId", "Title", "Url", "KeywordCount", "IsActive", "CheckFrequency")]
public sealed class ProjectSite
{
    /// <summary>The project's id (<c>site_id</c>).</summary>
    [JsonPropertyName("id")]
    public long SiteId { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The tracked site's URL (the API calls it <c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Url { get; set; }

    /// <summary>The project group; 0 for none.</summary>
    [JsonPropertyName("group_id")]
    public long? GroupId { get; set; }

    /// <summary>False while the project is paused.</summary>
    [JsonPropertyName("is_active")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsActive { get; set; }

    /// <summary>Only the exact URL is tracked, not the whole domain.</summary>
    [JsonPropertyName("exact_url")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool ExactUrl { get; set; }

    /// <summary>Subdomains count as the site.</summary>
    [JsonPropertyName("subdomain_match")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool SubdomainMatch { get; set; }

    /// <summary>How deep positions are checked: 100 or 200 results.</summary>
    [JsonPropertyName("depth")]
    public long? Depth { get; set; }

    /// <summary><c>check_daily</c>, <c>check_1in3</c>, <c>check_weekly</c>, <c>check_monthly</c> or <c>manual</c>.</summary>
    [JsonPropertyName("check_freq")]
    public string? CheckFrequency { get; set; }

    /// <summary>Day of the week (1–7) or month (1–31) of weekly or monthly checks.</summary>
    [JsonPropertyName("check_day")]
    public long? CheckDay { get; set; }

    /// <summary>A read-only link to the project's report.</summary>
    [JsonPropertyName("guest_link")]
    public string? GuestLink { get; set; }

    [JsonPropertyName("keyword_count")]
    public long? KeywordCount { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// A search engine attached to a project (GET /sites/{site_id}/search-engines): Google in a
/// country, a city, a language. <see cref="SiteEngineId"/> is this attachment's id, which
/// positions and rechecks take; <see cref="SearchEngineId"/> is the global engine (200 = Google USA).
/// </summary>
[TableView("SiteId", "SiteEngineId", "SearchEngineId", "RegionName", "Language", "MergeMap")]
public sealed class ProjectSearchEngine
{
    /// <summary>The project (from the query).</summary>
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonPropertyName("site_engine_id")]
    public long SiteEngineId { get; set; }

    /// <summary>The engine of the system list (Get-SrSearchEngine).</summary>
    [JsonPropertyName("search_engine_id")]
    public long? SearchEngineId { get; set; }

    [JsonPropertyName("region_id")]
    public long? RegionId { get; set; }

    /// <summary>The city or area checked from, as Get-SrGoogleRegion names it; null for the whole country.</summary>
    [JsonPropertyName("region_name")]
    public string? RegionName { get; set; }

    /// <summary>The language code (<c>lang_code</c>).</summary>
    [JsonPropertyName("lang_code")]
    public string? Language { get; set; }

    /// <summary>Google Maps results: 0 ignored, 1 included, 2 included and shown separately.</summary>
    [JsonPropertyName("merge_map")]
    public long? MergeMap { get; set; }

    [JsonPropertyName("business_name")]
    public string? BusinessName { get; set; }

    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Paid results count in positions.</summary>
    [JsonPropertyName("paid_results")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool PaidResults { get; set; }

    /// <summary>A featured snippet counts as a position.</summary>
    [JsonPropertyName("featured_snippet")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool FeaturedSnippet { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// A project's summary statistics (GET /sites/{site_id}/stat, unified /sites/summary). The
/// reference leaves the fields unconfirmed: the usual ones are read under the names seen, the
/// rest kept in <see cref="AdditionalFields"/>.
/// </summary>
[TableView("SiteId", "KeywordCount", "AveragePosition", "Visibility", "Top10")]
public sealed class ProjectSummary : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long? KeywordCount { get; set; }

    [JsonIgnore]
    public double? AveragePosition { get; set; }

    /// <summary>Share of possible search traffic (unconfirmed scale).</summary>
    [JsonIgnore]
    public double? Visibility { get; set; }

    [JsonIgnore]
    public long? Top3 { get; set; }

    [JsonIgnore]
    public long? Top10 { get; set; }

    [JsonIgnore]
    public long? Top100 { get; set; }

    [JsonIgnore]
    public long? Up { get; set; }

    [JsonIgnore]
    public long? Down { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        var extra = AdditionalFields;
        if (extra is null)
        {
            return;
        }

        KeywordCount = extra.TakeLong("keywords_count", "keyword_count", "total_keywords", "keywords");
        AveragePosition = extra.TakeDouble("avg_pos", "average_position", "avg_position");
        Visibility = extra.TakeDouble("visibility", "visibility_percent");
        Top3 = extra.TakeLong("top3", "top_3", "in_top3");
        Top10 = extra.TakeLong("top10", "top_10", "in_top10");
        Top100 = extra.TakeLong("top100", "top_100", "in_top100");
        Up = extra.TakeLong("up", "positions_up", "improved");
        Down = extra.TakeLong("down", "positions_down", "declined");
        AdditionalFields = extra.NullIfEmpty();
    }
}
