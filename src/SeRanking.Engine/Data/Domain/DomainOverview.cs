using System.Text.Json.Serialization;
using SeRanking.Engine.Models;

namespace SeRanking.Engine.Data.Domain;

/// <summary>
/// Organic and paid summary of a domain (or one URL) in one regional database
/// (GET /v1/domain/overview/db, 100 credits). The answer nests an organic and a paid block; the
/// row keeps them inside and shows one flat set of columns, so it exports cleanly.
/// </summary>
[TableView("Target", "Source", "OrganicKeywords", "OrganicTraffic", "OrganicTrafficCost", "PaidKeywords", "PaidTraffic")]
public sealed class DomainOverview
{
    /// <summary>The domain asked for (or the URL's host when a URL was asked for).</summary>
    [JsonIgnore]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The URL asked for, when the overview is of one page.</summary>
    [JsonIgnore]
    public string? Url { get; set; }

    /// <summary>The regional database code, e.g. us, uk, de.</summary>
    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>Whether subdomains were counted (the API's default).</summary>
    [JsonIgnore]
    public bool WithSubdomains { get; set; }

    /// <summary>What was asked for: the URL for a page overview, else the domain.</summary>
    public string Target => Url ?? Domain;

    /// <summary>The registrable domain the API resolved the target to.</summary>
    public string? BaseDomain => Organic?.BaseDomain ?? Adv?.BaseDomain;

    /// <summary>Year of the data snapshot.</summary>
    public int? Year => Organic?.Year ?? Adv?.Year;

    /// <summary>Month of the data snapshot (1–12).</summary>
    public int? Month => Organic?.Month ?? Adv?.Month;

    public long OrganicKeywords => Organic?.KeywordsCount ?? 0;

    /// <summary>Estimated monthly organic visits.</summary>
    public long OrganicTraffic => Organic?.TrafficSum ?? 0;

    /// <summary>Estimated monthly cost of the organic traffic if bought as ads.</summary>
    public double OrganicTrafficCost => Organic?.PriceSum ?? 0;

    public long OrganicNewKeywords => Organic?.NewCount ?? 0;

    public long OrganicUpKeywords => Organic?.UpCount ?? 0;

    public long OrganicDownKeywords => Organic?.DownCount ?? 0;

    public long OrganicUnchangedKeywords => Organic?.EqualCount ?? 0;

    public long OrganicLostKeywords => Organic?.LostCount ?? 0;

    public long OrganicTop1To5 => Organic?.Top1To5 ?? 0;

    public long OrganicTop6To10 => Organic?.Top6To10 ?? 0;

    public long OrganicTop11To20 => Organic?.Top11To20 ?? 0;

    public long OrganicTop21To50 => Organic?.Top21To50 ?? 0;

    public long OrganicTop51To100 => Organic?.Top51To100 ?? 0;

    public long PaidKeywords => Adv?.KeywordsCount ?? 0;

    public long PaidTraffic => Adv?.TrafficSum ?? 0;

    public double PaidTrafficCost => Adv?.PriceSum ?? 0;

    public long PaidNewKeywords => Adv?.NewCount ?? 0;

    public long PaidUpKeywords => Adv?.UpCount ?? 0;

    public long PaidDownKeywords => Adv?.DownCount ?? 0;

    public long PaidUnchangedKeywords => Adv?.EqualCount ?? 0;

    public long PaidLostKeywords => Adv?.LostCount ?? 0;

    public long PaidTop1To2 => Adv?.Top1To2 ?? 0;

    public long PaidTop3To5 => Adv?.Top3To5 ?? 0;

    public long PaidTop6To8 => Adv?.Top6To8 ?? 0;

    public long PaidTop9To11 => Adv?.Top9To11 ?? 0;

    /// <summary>Unknown fields of the answer and of either block, prefixed "organic." or "adv.".</summary>
    public ExtraFields? AdditionalFields => ExtraFields.Merge((string.Empty, Extra), ("organic.", Organic?.AdditionalFields), ("adv.", Adv?.AdditionalFields));

    [JsonInclude]
    [JsonPropertyName("organic")]
    internal OverviewBlock? Organic { get; set; }

    [JsonInclude]
    [JsonPropertyName("adv")]
    internal OverviewBlock? Adv { get; set; }

    [JsonExtensionData]
    [JsonInclude]
    internal ExtraFields? Extra { get; set; }
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
