using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Backlinks;

/// <summary>The backlink profile of one target (POST /v1/backlinks/summary, 100 credits per target).</summary>
[TableView("Target", "Backlinks", "ReferringDomains", "DofollowBacklinks", "InlinkRank", "DomainInlinkRank")]
public sealed class BacklinkSummary
{
    /// <summary>The target as given (domain, host or URL).</summary>
    [JsonPropertyName("target")]
    public string Target { get; set; } = string.Empty;

    /// <summary>How the target was read: host, domain or url.</summary>
    [JsonIgnore]
    public string? Mode { get; set; }

    [JsonPropertyName("backlinks")]
    public long Backlinks { get; set; }

    [JsonPropertyName("refdomains")]
    public long ReferringDomains { get; set; }

    [JsonPropertyName("subnets")]
    public long Subnets { get; set; }

    [JsonPropertyName("ips")]
    public long Ips { get; set; }

    [JsonPropertyName("dofollow_backlinks")]
    public long DofollowBacklinks { get; set; }

    [JsonPropertyName("nofollow_backlinks")]
    public long NofollowBacklinks { get; set; }

    [JsonPropertyName("edu_backlinks")]
    public long EduBacklinks { get; set; }

    [JsonPropertyName("gov_backlinks")]
    public long GovBacklinks { get; set; }

    [JsonPropertyName("text_backlinks")]
    public long TextBacklinks { get; set; }

    [JsonPropertyName("from_home_page_backlinks")]
    public long FromHomePageBacklinks { get; set; }

    [JsonPropertyName("dofollow_from_home_page_backlinks")]
    public long DofollowFromHomePageBacklinks { get; set; }

    [JsonPropertyName("from_home_page_refdomains")]
    public long FromHomePageReferringDomains { get; set; }

    [JsonPropertyName("dofollow_refdomains")]
    public long DofollowReferringDomains { get; set; }

    [JsonPropertyName("edu_refdomains")]
    public long EduReferringDomains { get; set; }

    [JsonPropertyName("gov_refdomains")]
    public long GovReferringDomains { get; set; }

    [JsonPropertyName("anchors")]
    public long Anchors { get; set; }

    [JsonPropertyName("dofollow_anchors")]
    public long DofollowAnchors { get; set; }

    [JsonPropertyName("pages_with_backlinks")]
    public long PagesWithBacklinks { get; set; }

    /// <summary>Page authority 0–100; null where the API reports it as unknown (-1).</summary>
    [JsonPropertyName("inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? InlinkRank { get; set; }

    /// <summary>Domain authority 0–100; null where unknown.</summary>
    [JsonPropertyName("domain_inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? DomainInlinkRank { get; set; }

    [JsonPropertyName("top_anchors_by_backlinks")]
    public TopList<AnchorCount> TopAnchorsByBacklinks { get; set; } = [];

    [JsonPropertyName("top_anchors_by_refdomains")]
    public TopList<AnchorCount> TopAnchorsByReferringDomains { get; set; } = [];

    [JsonPropertyName("top_pages_by_backlinks")]
    public TopList<PageCount> TopPagesByBacklinks { get; set; } = [];

    [JsonPropertyName("top_pages_by_refdomains")]
    public TopList<PageCount> TopPagesByReferringDomains { get; set; } = [];

    [JsonPropertyName("top_tlds")]
    public TopList<TldCount> TopTlds { get; set; } = [];

    [JsonPropertyName("top_countries")]
    public TopList<CountryCount> TopCountries { get; set; } = [];

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>An anchor text and how many backlinks or referring domains use it.</summary>
public sealed class AnchorCount
{
    [JsonPropertyName("anchor")]
    public string Anchor { get; set; } = string.Empty;

    [JsonPropertyName("backlinks")]
    public long? Backlinks { get; set; }

    [JsonPropertyName("refdomains")]
    public long? ReferringDomains { get; set; }

    public override string ToString() => CountText.Format(Anchor, Backlinks ?? ReferringDomains);
}

/// <summary>A page of the target and how many backlinks or referring domains point at it.</summary>
public sealed class PageCount
{
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    [JsonPropertyName("backlinks")]
    public long? Backlinks { get; set; }

    [JsonPropertyName("refdomains")]
    public long? ReferringDomains { get; set; }

    public override string ToString() => CountText.Format(Url, Backlinks ?? ReferringDomains);
}

/// <summary>A top-level domain and how many referring domains sit under it.</summary>
public sealed class TldCount
{
    [JsonPropertyName("tld")]
    public string Tld { get; set; } = string.Empty;

    [JsonPropertyName("count")]
    public long Count { get; set; }

    public override string ToString() => CountText.Format(Tld, Count);
}

/// <summary>A country and how many referring domains are hosted there.</summary>
public sealed class CountryCount
{
    [JsonPropertyName("country")]
    public string Country { get; set; } = string.Empty;

    [JsonPropertyName("count")]
    public long Count { get; set; }

    public override string ToString() => CountText.Format(Country, Count);
}

internal static class CountText
{
    internal static string Format(string name, long? count) =>
        count is { } n ? name + " (" + n.ToString(CultureInfo.InvariantCulture) + ")" : name;
}
