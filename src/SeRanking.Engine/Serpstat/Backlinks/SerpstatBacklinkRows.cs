using System;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Backlinks;

// The rows of Serpstat's backlinks (§9). Each is the wire type itself; the context columns (Query,
// Type…) are stamped by the operation. Twins (new/lost, in/out, domains/links) share one row type,
// with their differing spellings read through ExtraFields.Take*.

/// <summary>
/// A link profile's counts and their changes (SerpstatBacklinksProcedure.getSummaryV2; the older
/// getSummary's camelCase fields read into the same columns; 5 credits per request).
/// </summary>
[TableView("Query", "DomainRank", "ReferringDomains", "Backlinks", "DofollowBacklinks", "NofollowBacklinks", "ExternalDomains")]
public sealed class SerpstatBacklinkSummary : IJsonOnDeserialized
{
    /// <summary>The domain or page asked for.</summary>
    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    /// <summary>domain or domain_with_subdomains.</summary>
    [JsonIgnore]
    public string SearchType { get; set; } = string.Empty;

    /// <summary>Serpstat Domain Rank (sersptat_domain_rank, as Serpstat spells it; domainRank in getSummary).</summary>
    [JsonPropertyName("sersptat_domain_rank")]
    public long? DomainRank { get; set; }

    [JsonPropertyName("referring_domains")]
    public long? ReferringDomains { get; set; }

    [JsonPropertyName("referring_domains_change")]
    public long? ReferringDomainsChange { get; set; }

    [JsonPropertyName("redirected_domains")]
    public long? RedirectedDomains { get; set; }

    [JsonPropertyName("referring_malicious_domains")]
    public long? ReferringMaliciousDomains { get; set; }

    [JsonPropertyName("referring_ip_addresses")]
    public long? ReferringIps { get; set; }

    [JsonPropertyName("referring_subnets")]
    public long? ReferringSubnets { get; set; }

    [JsonPropertyName("backlinks")]
    public long? Backlinks { get; set; }

    [JsonPropertyName("backlinks_change")]
    public long? BacklinksChange { get; set; }

    [JsonPropertyName("backlinks_from_mainpages")]
    public long? MainPageBacklinks { get; set; }

    [JsonPropertyName("nofollow_backlinks")]
    public long? NofollowBacklinks { get; set; }

    [JsonPropertyName("dofollow_backlinks")]
    public long? DofollowBacklinks { get; set; }

    [JsonPropertyName("text_backlinks")]
    public long? TextBacklinks { get; set; }

    [JsonPropertyName("image_backlinks")]
    public long? ImageBacklinks { get; set; }

    [JsonPropertyName("redirect_backlinks")]
    public long? RedirectBacklinks { get; set; }

    [JsonPropertyName("canonical_backlinks")]
    public long? CanonicalBacklinks { get; set; }

    /// <summary>Domains the site links to.</summary>
    [JsonPropertyName("external_domains")]
    public long? ExternalDomains { get; set; }

    [JsonPropertyName("external_malicious_domains")]
    public long? ExternalMaliciousDomains { get; set; }

    /// <summary>Links the site has to other sites.</summary>
    [JsonPropertyName("external_links")]
    public long? ExternalLinks { get; set; }

    /// <summary>The other counts and changes (alternate, rss, frame, form backlinks; getSummary's trustRank, citationRank…).</summary>
    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        DomainRank ??= AdditionalFields?.TakeLong("domainRank");
        ReferringDomains ??= AdditionalFields?.TakeLong("referringDomains");
        ReferringDomainsChange ??= AdditionalFields?.TakeLong("referringDomainsDynamics");
        ReferringMaliciousDomains ??= AdditionalFields?.TakeLong("threats");
        ReferringIps ??= AdditionalFields?.TakeLong("referringIps");
        ReferringSubnets ??= AdditionalFields?.TakeLong("referringSubnets");
        Backlinks ??= AdditionalFields?.TakeLong("referringLinks");
        BacklinksChange ??= AdditionalFields?.TakeLong("referringLinksDynamics");
        MainPageBacklinks ??= AdditionalFields?.TakeLong("mainPageLinks");
        NofollowBacklinks ??= AdditionalFields?.TakeLong("noFollowLinks");
        DofollowBacklinks ??= AdditionalFields?.TakeLong("doFollowLinks");
        TextBacklinks ??= AdditionalFields?.TakeLong("typeText");
        ImageBacklinks ??= AdditionalFields?.TakeLong("typeImg");
        RedirectBacklinks ??= AdditionalFields?.TakeLong("typeRedirect");
        ExternalDomains ??= AdditionalFields?.TakeLong("externalDomains");
        ExternalLinks ??= AdditionalFields?.TakeLong("outlinksTotal");
        AdditionalFields?.Remove("summary_info");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>
/// One link: a backlink of the site (getNewBacklinks: active ones; getLostBacklinks) or one of its
/// outgoing links (getOutlinks, getLostOutlinks); 1 credit per row.
/// </summary>
[TableView("UrlFrom", "UrlTo", "Anchor", "LinkType", "Nofollow", "FirstSeen", "Type")]
public sealed class SerpstatBacklink : IJsonOnDeserialized
{
    [JsonPropertyName("url_from")]
    public string UrlFrom { get; set; } = string.Empty;

    [JsonPropertyName("url_to")]
    public string UrlTo { get; set; } = string.Empty;

    /// <summary>The link's text (link_text).</summary>
    [JsonPropertyName("link_text")]
    public string? Anchor { get; set; }

    /// <summary>href, image, redirect, frame, rss, alternate, form or canonical.</summary>
    [JsonPropertyName("link_type")]
    public string? LinkType { get; set; }

    /// <summary>The link's nofollow mark as Serpstat gives it (its values are not documented).</summary>
    [JsonPropertyName("nofollow")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? Nofollow { get; set; }

    /// <summary>External links on the linking page (links_ext).</summary>
    [JsonPropertyName("links_ext")]
    public long? ExternalLinks { get; set; }

    [JsonPropertyName("first_seen")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? FirstSeen { get; set; }

    [JsonPropertyName("last_visited")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? LastVisited { get; set; }

    /// <summary>When the link was found gone (lost links).</summary>
    [JsonPropertyName("date_del")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Deleted { get; set; }

    /// <summary>Serpstat Domain Rank of the linking domain (active backlinks).</summary>
    [JsonPropertyName("domain_rank")]
    public long? DomainRank { get; set; }

    /// <summary>The domain or page asked for.</summary>
    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    /// <summary>Backlink, LostBacklink, Outlink or LostOutlink.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// A domain linking to the site (getRefDomains), one it links to (getOutDomains), one redirecting
/// to it (getRedirectedDomains), or one sharing donors (getIntersect); 1 credit per row.
/// </summary>
[TableView("Domain", "DomainRank", "Links", "Query", "Type")]
public sealed class SerpstatLinkingDomain : IJsonOnDeserialized
{
    /// <summary>The domain (domain_from; domains_to, Domain, as the other methods spell it).</summary>
    [JsonPropertyName("domain_from")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>Serpstat Domain Rank (domainRank, domain_rank, SDR or "Domain Rank").</summary>
    [JsonIgnore]
    public long? DomainRank { get; set; }

    /// <summary>Links (pages) between the two (ref_pages, domain_links).</summary>
    [JsonIgnore]
    public long? Links { get; set; }

    /// <summary>The domain or page asked for.</summary>
    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    /// <summary>Referring, Outgoing, Redirecting or Shared.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    /// <summary>getIntersect's links counts, one per domain compared, by Serpstat's column names.</summary>
    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Domain.Length == 0)
        {
            Domain = AdditionalFields?.TakeString("domains_to", "domain_to", "Domain", "domain") ?? string.Empty;
        }

        DomainRank = AdditionalFields?.TakeLong("domainRank", "domain_rank", "SDR", "Domain Rank");
        Links = AdditionalFields?.TakeLong("ref_pages", "domain_links");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>An anchor text with its counts (getAnchors; getTopAnchors: the ten most used); 1 credit per row, 1 per request for the top ten.</summary>
[TableView("Anchor", "Backlinks", "ReferringDomains", "Nofollow", "Query")]
public sealed class SerpstatAnchor : IJsonOnDeserialized
{
    [JsonPropertyName("anchor")]
    public string Anchor { get; set; } = string.Empty;

    /// <summary>Backlinks with this anchor (total; backlinks_count in the top ten).</summary>
    [JsonPropertyName("total")]
    public long? Backlinks { get; set; }

    /// <summary>Domains linking with it (refDomains; domains_count in the top ten).</summary>
    [JsonPropertyName("refDomains")]
    public long? ReferringDomains { get; set; }

    /// <summary>Nofollow backlinks with it (noFollow).</summary>
    [JsonPropertyName("noFollow")]
    public long? Nofollow { get; set; }

    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Backlinks ??= AdditionalFields?.TakeLong("backlinks_count");
        ReferringDomains ??= AdditionalFields?.TakeLong("domains_count");
        Nofollow ??= AdditionalFields?.TakeLong("nofollow");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>How many donors the domains compared share (getIntersectSummary); 1 credit per row.</summary>
[TableView("Domains", "ReferringDomains", "Query")]
public sealed class SerpstatBacklinkIntersectionSummary : IJsonOnDeserialized
{
    /// <summary>The domains of this count, as Serpstat writes them.</summary>
    [JsonPropertyName("domains")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? Domains { get; set; }

    [JsonPropertyName("referring_domains_count")]
    public long? ReferringDomains { get; set; }

    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>Referring domains in one group: a Domain Rank range (getDistributionSDR) or a top-level domain (getDistributionTLD); 1 credit per request.</summary>
[TableView("Group", "Domains", "Percentage", "CountryName", "Query")]
public sealed class SerpstatBacklinkDistribution : IJsonOnDeserialized
{
    /// <summary>The rank range (sdr_range) or the top-level domain (tld).</summary>
    [JsonIgnore]
    public string Group { get; set; } = string.Empty;

    [JsonPropertyName("domains")]
    public long? Domains { get; set; }

    [JsonPropertyName("percentage")]
    public double? Percentage { get; set; }

    [JsonPropertyName("country_name")]
    public string? CountryName { get; set; }

    [JsonPropertyName("country_code")]
    public string? CountryCode { get; set; }

    /// <summary>Rank or Tld.</summary>
    [JsonIgnore]
    public string By { get; set; } = string.Empty;

    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Group = AdditionalFields?.TakeString("sdr_range", "tld") ?? string.Empty;
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>Backlinks gained and lost on one date (getBacklinksChangesHistory); 1 credit per request.</summary>
[TableView("Date", "NewLinks", "LostLinks", "Query")]
public sealed class SerpstatBacklinkChange : IJsonOnDeserialized
{
    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    [JsonPropertyName("new_links")]
    public long? NewLinks { get; set; }

    [JsonPropertyName("lost_links")]
    public long? LostLinks { get; set; }

    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// A malicious domain linking to the site or linked from it (getThreats, getOutThreats), or one such
/// link (getThreatsLinks, getOutThreatsLinks); 1 credit per row.
/// </summary>
[TableView("Domain", "UrlFrom", "UrlTo", "ThreatType", "PlatformType", "LastUpdate", "Type")]
public sealed class SerpstatThreat : IJsonOnDeserialized
{
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The domain's link (domain_link; threat domains only).</summary>
    [JsonPropertyName("domain_link")]
    public string? DomainLink { get; set; }

    /// <summary>The linking page (link_from; threat links only).</summary>
    [JsonPropertyName("link_from")]
    public string? UrlFrom { get; set; }

    /// <summary>The linked page (link_to; threat links only).</summary>
    [JsonPropertyName("link_to")]
    public string? UrlTo { get; set; }

    /// <summary>Links between the two (threat domains only).</summary>
    [JsonPropertyName("links_count")]
    public long? Links { get; set; }

    [JsonPropertyName("threat_type")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? ThreatType { get; set; }

    [JsonPropertyName("platform_type")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? PlatformType { get; set; }

    [JsonPropertyName("lastupdate")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? LastUpdate { get; set; }

    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    /// <summary>Referring, ReferringLink, Outgoing or OutgoingLink.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>A page of the site with the most backlinks, referring domains and IPs (getTopPages); 1 credit per row.</summary>
[TableView("Url", "Backlinks", "ReferringDomains", "Ips", "Query")]
public sealed class SerpstatLinkedPage : IJsonOnDeserialized
{
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    /// <summary>Backlinks to it (ref_pages).</summary>
    [JsonPropertyName("ref_pages")]
    public long? Backlinks { get; set; }

    [JsonPropertyName("ref_domains")]
    public long? ReferringDomains { get; set; }

    [JsonPropertyName("ips")]
    public long? Ips { get; set; }

    [JsonIgnore]
    public string Query { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        // urlTo repeats url in Serpstat's example.
        if (AdditionalFields?.TakeString("urlTo") is { Length: > 0 } to && Url.Length == 0)
        {
            Url = to;
        }

        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}
