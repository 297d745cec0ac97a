using System;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Backlinks;

// The rows of the backlinks family (§3). Each is the wire type itself: System.Text.Json fills it
// from the answer, Target and Mode are stamped by the operation. Where the sources do not agree
// on a field's name (most list wrappers and several fields are unconfirmed), the row takes the
// other spellings out of its AdditionalFields when it is read.

/// <summary>Core counts of one target (backlinks/metrics, 100 credits per target).</summary>
[TableView("Target", "Backlinks", "ReferringDomains", "Subnets", "Ips", "DofollowBacklinks", "NofollowBacklinks")]
public sealed class BacklinkMetrics
{
    [JsonPropertyName("target")]
    public string Target { get; set; } = string.Empty;

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

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>One count of one target, as the four */count operations answer it (10 credits per target).</summary>
public sealed class TargetCount : IJsonOnDeserialized
{
    [JsonPropertyName("target")]
    public string Target { get; set; } = string.Empty;

    /// <summary>The count; the field's name is unconfirmed (count, backlinks, refdomains, ips, subnets, total).</summary>
    [JsonPropertyName("count")]
    public long? Count { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Count ??= AdditionalFields?.TakeLong("backlinks", "refdomains", "referring_domains", "ips", "referring_ips", "subnets", "referring_subnets", "total", "value");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>The counts of one target asked for with Get-SrBacklinkCount: null where not asked.</summary>
[TableView("Target", "Backlinks", "ReferringDomains", "ReferringIps", "ReferringSubnets")]
public sealed class BacklinkCounts
{
    public string Target { get; set; } = string.Empty;

    public string? Mode { get; set; }

    /// <summary>Live backlinks (backlinks/count).</summary>
    public long? Backlinks { get; set; }

    /// <summary>Unique referring domains (backlinks/refdomains/count).</summary>
    public long? ReferringDomains { get; set; }

    /// <summary>Unique referring IPv4 addresses (backlinks/referring-ips/count).</summary>
    public long? ReferringIps { get; set; }

    /// <summary>Unique referring C-class subnets (backlinks/referring-subnets/count).</summary>
    public long? ReferringSubnets { get; set; }
}

/// <summary>One backlink (backlinks/all, backlinks/raw; 1 credit per backlink).</summary>
[TableView("UrlFrom", "UrlTo", "Anchor", "Nofollow", "DomainInlinkRank", "FirstSeen")]
public sealed class Backlink : IJsonOnDeserialized
{
    /// <summary>The target whose backlinks these are.</summary>
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Mode { get; set; }

    /// <summary>The linking page.</summary>
    [JsonPropertyName("url_from")]
    public string UrlFrom { get; set; } = string.Empty;

    /// <summary>The page of the target linked to.</summary>
    [JsonPropertyName("url_to")]
    public string UrlTo { get; set; } = string.Empty;

    [JsonPropertyName("anchor")]
    public string? Anchor { get; set; }

    [JsonPropertyName("nofollow")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Nofollow { get; set; }

    /// <summary>Authority of the linking page, 0–100; null where unknown.</summary>
    [JsonPropertyName("inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? InlinkRank { get; set; }

    /// <summary>Authority of the linking domain, 0–100; null where unknown.</summary>
    [JsonPropertyName("domain_inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? DomainInlinkRank { get; set; }

    [JsonPropertyName("first_seen")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? FirstSeen { get; set; }

    [JsonPropertyName("last_visited")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? LastVisited { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        LastVisited ??= LenientDateTimeConverter.Parse(AdditionalFields?.TakeString("last_seen"));
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A backlink found or lost in a date range (backlinks/history; 1 credit per row).</summary>
[TableView("Date", "Type", "UrlFrom", "UrlTo", "Anchor", "ReasonLost")]
public sealed class NewLostBacklink
{
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Mode { get; set; }

    /// <summary>When it was found or lost.</summary>
    [JsonPropertyName("new_lost_date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>new or lost.</summary>
    [JsonPropertyName("new_lost_type")]
    public string? Type { get; set; }

    [JsonPropertyName("url_from")]
    public string UrlFrom { get; set; } = string.Empty;

    [JsonPropertyName("url_to")]
    public string UrlTo { get; set; } = string.Empty;

    [JsonPropertyName("anchor")]
    public string? Anchor { get; set; }

    [JsonPropertyName("nofollow")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Nofollow { get; set; }

    [JsonPropertyName("inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? InlinkRank { get; set; }

    [JsonPropertyName("domain_inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? DomainInlinkRank { get; set; }

    /// <summary>Why a lost link was lost: page_not_found, link_removed, redirect, noindex…</summary>
    [JsonPropertyName("reason_lost")]
    public string? ReasonLost { get; set; }

    [JsonPropertyName("first_seen")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? FirstSeen { get; set; }

    /// <summary>The redirects between the linking page and the target, in one cell.</summary>
    [JsonPropertyName("redirect_chain_urls")]
    public TopList<string>? RedirectChainUrls { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// One day of a target's backlink or referring-domain history: found and lost
/// (history/count, refdomains/history/count) or live on that day (history/cumulative).
/// </summary>
[TableView("Target", "Of", "Date", "New", "Lost", "Total")]
public sealed class BacklinkDailyCount : IJsonOnDeserialized
{
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Mode { get; set; }

    /// <summary>backlinks or referring domains.</summary>
    [JsonIgnore]
    public string? Of { get; set; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>Found that day.</summary>
    [JsonPropertyName("new")]
    public long? New { get; set; }

    /// <summary>Lost that day.</summary>
    [JsonPropertyName("lost")]
    public long? Lost { get; set; }

    /// <summary>Live that day (cumulative history).</summary>
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Date ??= LenientDateTimeConverter.Parse(AdditionalFields?.TakeString("new_lost_date", "day"));
        New ??= AdditionalFields?.TakeLong("new_count", "new_backlinks", "new_refdomains");
        Lost ??= AdditionalFields?.TakeLong("lost_count", "lost_backlinks", "lost_refdomains");
        Total ??= AdditionalFields?.TakeLong("count", "backlinks", "refdomains", "cumulative");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>An anchor text of the target's backlinks (backlinks/anchors; 1 credit per row).</summary>
[TableView("Anchor", "Backlinks", "ReferringDomains", "DofollowBacklinks", "NofollowBacklinks")]
public sealed class BacklinkAnchor
{
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Mode { get; set; }

    [JsonPropertyName("anchor")]
    public string Anchor { get; set; } = string.Empty;

    [JsonPropertyName("backlinks")]
    public long Backlinks { get; set; }

    [JsonPropertyName("refdomains")]
    public long ReferringDomains { get; set; }

    [JsonPropertyName("dofollow_backlinks")]
    public long DofollowBacklinks { get; set; }

    [JsonPropertyName("nofollow_backlinks")]
    public long NofollowBacklinks { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// A domain linking to the target (backlinks/refdomains), or one found or lost in a date range
/// (backlinks/refdomains/history, which also fills Date and Type); 1 credit per row.
/// </summary>
[TableView("Domain", "DomainInlinkRank", "Backlinks", "DofollowBacklinks", "FirstSeen", "Date", "Type")]
public sealed class ReferringDomain : IJsonOnDeserialized
{
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Mode { get; set; }

    [JsonPropertyName("refdomain")]
    public string Domain { get; set; } = string.Empty;

    [JsonPropertyName("domain_inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? DomainInlinkRank { get; set; }

    [JsonPropertyName("backlinks")]
    public long Backlinks { get; set; }

    [JsonPropertyName("dofollow_backlinks")]
    public long DofollowBacklinks { get; set; }

    [JsonPropertyName("first_seen")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? FirstSeen { get; set; }

    /// <summary>When it was found or lost (history only).</summary>
    [JsonPropertyName("new_lost_date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>new or lost (history only).</summary>
    [JsonPropertyName("new_lost_type")]
    public string? Type { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Domain.Length == 0)
        {
            Domain = AdditionalFields?.TakeString("domain", "referring_domain") ?? string.Empty;
        }

        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>An IPv4 address hosting pages that link to the target (backlinks/referring-ips; 1 credit per row).</summary>
[TableView("Ip", "Backlinks", "ReferringDomains")]
public sealed class ReferringIp : IJsonOnDeserialized
{
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Mode { get; set; }

    [JsonPropertyName("ip")]
    public string Ip { get; set; } = string.Empty;

    [JsonPropertyName("backlinks")]
    public long Backlinks { get; set; }

    [JsonPropertyName("refdomains")]
    public long ReferringDomains { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Ip.Length == 0)
        {
            Ip = AdditionalFields?.TakeString("referring_ip", "address") ?? string.Empty;
        }

        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A page of the target that has backlinks (backlinks/indexed-pages; 1 credit per row).</summary>
[TableView("Url", "Backlinks", "ReferringDomains", "FirstSeen", "LastVisited")]
public sealed class IndexedPage : IJsonOnDeserialized
{
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Mode { get; set; }

    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    [JsonPropertyName("backlinks")]
    public long Backlinks { get; set; }

    [JsonPropertyName("refdomains")]
    public long ReferringDomains { get; set; }

    [JsonPropertyName("first_seen")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? FirstSeen { get; set; }

    [JsonPropertyName("last_visited")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? LastVisited { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Url.Length == 0)
        {
            Url = AdditionalFields?.TakeString("url_to", "page") ?? string.Empty;
        }

        LastVisited ??= LenientDateTimeConverter.Parse(AdditionalFields?.TakeString("last_seen"));
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>
/// The authority of a target (backlinks/authority: page and domain, 100 credits), of its root
/// domain (authority/domain, 10) or of one page (authority/page, 10).
/// </summary>
[TableView("Target", "Of", "InlinkRank", "DomainInlinkRank")]
public sealed class BacklinkAuthority
{
    [JsonPropertyName("target")]
    public string Target { get; set; } = string.Empty;

    /// <summary>Both, Domain or Page: which authority was asked for.</summary>
    [JsonIgnore]
    public string? Of { get; set; }

    /// <summary>InLink Rank of the page, 0–100; null where unknown or not asked for.</summary>
    [JsonPropertyName("inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? InlinkRank { get; set; }

    /// <summary>Domain InLink Rank, 0–100; null where unknown or not asked for.</summary>
    [JsonPropertyName("domain_inlink_rank")]
    [JsonConverter(typeof(MinusOneAsNullConverter))]
    public int? DomainInlinkRank { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>A dated authority value of a domain or a page (authority/domain/history, authority/page/history).</summary>
[TableView("Target", "Of", "Date", "Rank")]
public sealed class AuthorityHistoryPoint : IJsonOnDeserialized
{
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    /// <summary>Domain or Page.</summary>
    [JsonIgnore]
    public string? Of { get; set; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>The InLink Rank (page) or Domain InLink Rank (domain) on that date.</summary>
    [JsonPropertyName("value")]
    public int? Rank { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Rank ??= (int?)AdditionalFields?.TakeLong("domain_inlink_rank", "inlink_rank", "rank");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>One bar of the histogram of the referring domains' Domain InLink Rank (authority/domain/distribution).</summary>
[TableView("Target", "DomainInlinkRank", "Count")]
public sealed class AuthorityDistributionBar : IJsonOnDeserialized
{
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string? Mode { get; set; }

    /// <summary>The Domain InLink Rank value (or bucket) of the bar.</summary>
    [JsonPropertyName("domain_inlink_rank")]
    public int? DomainInlinkRank { get; set; }

    /// <summary>Referring hosts (or, with -CountBy Domain, domains) at that rank.</summary>
    [JsonPropertyName("count")]
    public long Count { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        DomainInlinkRank ??= (int?)AdditionalFields?.TakeLong("rank", "bucket", "inlink_rank");
        if (Count == 0 && AdditionalFields?.TakeLong("refdomains", "domains", "hosts", "value") is { } count)
        {
            Count = count;
        }

        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}
