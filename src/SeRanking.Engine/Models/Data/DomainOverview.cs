using System.Text.Json.Serialization;

namespace SeRanking.Engine.Models.Data;

/// <summary>
/// Organic and paid summary of a domain (or one URL) in one regional database
/// (GET /v1/domain/overview/db, 100 credits). One flat row per domain, so it exports cleanly.
/// </summary>
public sealed class DomainOverview
{
    /// <summary>The domain asked for (or the URL's host when a URL was asked for).</summary>
    public string Domain { get; set; } = string.Empty;

    /// <summary>The URL asked for, when the overview is of one page.</summary>
    public string? Url { get; set; }

    /// <summary>The regional database code, e.g. us, uk, de.</summary>
    public string Source { get; set; } = string.Empty;

    public bool WithSubdomains { get; set; }

    /// <summary>The registrable domain the API resolved the target to.</summary>
    public string? BaseDomain { get; set; }

    /// <summary>Year of the data snapshot.</summary>
    public int? Year { get; set; }

    /// <summary>Month of the data snapshot (1–12).</summary>
    public int? Month { get; set; }

    public long OrganicKeywords { get; set; }

    /// <summary>Estimated monthly organic visits.</summary>
    public long OrganicTraffic { get; set; }

    /// <summary>Estimated monthly cost of the organic traffic if bought as ads.</summary>
    public double OrganicTrafficCost { get; set; }

    public long OrganicNewKeywords { get; set; }

    public long OrganicUpKeywords { get; set; }

    public long OrganicDownKeywords { get; set; }

    public long OrganicUnchangedKeywords { get; set; }

    public long OrganicLostKeywords { get; set; }

    public long OrganicTop1To5 { get; set; }

    public long OrganicTop6To10 { get; set; }

    public long OrganicTop11To20 { get; set; }

    public long OrganicTop21To50 { get; set; }

    public long OrganicTop51To100 { get; set; }

    public long PaidKeywords { get; set; }

    public long PaidTraffic { get; set; }

    public double PaidTrafficCost { get; set; }

    public long PaidNewKeywords { get; set; }

    public long PaidUpKeywords { get; set; }

    public long PaidDownKeywords { get; set; }

    public long PaidUnchangedKeywords { get; set; }

    public long PaidLostKeywords { get; set; }

    public long PaidTop1To2 { get; set; }

    public long PaidTop3To5 { get; set; }

    public long PaidTop6To8 { get; set; }

    public long PaidTop9To11 { get; set; }

    /// <summary>Unknown fields of either block, prefixed "organic." or "adv.".</summary>
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>Wire shape: {"organic": {...}, "adv": {...}}.</summary>
internal sealed class DomainOverviewEnvelope
{
    [JsonPropertyName("organic")]
    public OverviewBlock? Organic { get; set; }

    [JsonPropertyName("adv")]
    public OverviewBlock? Adv { get; set; }
}

/// <summary>One block of the overview; organic and paid blocks differ only in their position buckets.</summary>
internal sealed class OverviewBlock
{
    [JsonPropertyName("base_domain")]
    public string? BaseDomain { get; set; }

    [JsonPropertyName("keywords_count")]
    public long KeywordsCount { get; set; }

    [JsonPropertyName("traffic_sum")]
    public long TrafficSum { get; set; }

    [JsonPropertyName("price_sum")]
    public double PriceSum { get; set; }

    [JsonPropertyName("keywords_new_count")]
    public long NewCount { get; set; }

    [JsonPropertyName("keywords_up_count")]
    public long UpCount { get; set; }

    [JsonPropertyName("keywords_down_count")]
    public long DownCount { get; set; }

    [JsonPropertyName("keywords_equal_count")]
    public long EqualCount { get; set; }

    [JsonPropertyName("keywords_lost_count")]
    public long LostCount { get; set; }

    [JsonPropertyName("top1_5")]
    public long Top1To5 { get; set; }

    [JsonPropertyName("top6_10")]
    public long Top6To10 { get; set; }

    [JsonPropertyName("top11_20")]
    public long Top11To20 { get; set; }

    [JsonPropertyName("top21_50")]
    public long Top21To50 { get; set; }

    [JsonPropertyName("top51_100")]
    public long Top51To100 { get; set; }

    [JsonPropertyName("top1_2")]
    public long Top1To2 { get; set; }

    [JsonPropertyName("top3_5")]
    public long Top3To5 { get; set; }

    [JsonPropertyName("top6_8")]
    public long Top6To8 { get; set; }

    [JsonPropertyName("top9_11")]
    public long Top9To11 { get; set; }

    [JsonPropertyName("year")]
    public int? Year { get; set; }

    [JsonPropertyName("month")]
    public int? Month { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}
