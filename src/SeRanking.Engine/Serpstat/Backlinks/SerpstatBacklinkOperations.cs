using System.Net.Http;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Backlinks;

/// <summary>
/// Serpstat's backlinks (§9, <c>SerpstatBacklinksProcedure</c>) as operations: 21 methods, billed
/// in lines (1 per row, at least 1 a call, unless said otherwise). Lists page by page and size up
/// to row 60,000; Serpstat has no backlinks export, so beyond it a query is narrowed by filters.
/// </summary>
public static class SerpstatBacklinkOperations
{
    private const string Procedure = "SerpstatBacklinksProcedure.";

    /// <summary>getSummaryV2: the link profile's counts and their changes; 5 lines a request.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklinkSummary> Summary { get; } = One(Json.SerpstatBacklinkSummary, "getSummaryV2", StampSummary);

    /// <summary>getSummary: the older set of counts (trust and citation ranks, social links…); 5 lines a request.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklinkSummary> LegacySummary { get; } = One(Json.SerpstatBacklinkSummary, "getSummary", StampSummary);

    /// <summary>getNewBacklinks: the site's active backlinks (despite the name), paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklink> Backlinks { get; } = List(Json.SerpstatBacklink, "getNewBacklinks", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "Backlink"));

    /// <summary>getLostBacklinks: backlinks the site lost, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklink> LostBacklinks { get; } = List(Json.SerpstatBacklink, "getLostBacklinks", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "LostBacklink"));

    /// <summary>getOutlinks: the site's links to other sites, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklink> Outlinks { get; } = List(Json.SerpstatBacklink, "getOutlinks", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "Outlink"));

    /// <summary>getLostOutlinks: links to other sites the site removed, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklink> LostOutlinks { get; } = List(Json.SerpstatBacklink, "getLostOutlinks", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "LostOutlink"));

    /// <summary>getRefDomains: the domains linking to the site, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatLinkingDomain> ReferringDomains { get; } = List(Json.SerpstatLinkingDomain, "getRefDomains", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "Referring"));

    /// <summary>getOutDomains: the domains the site links to, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatLinkingDomain> OutDomains { get; } = List(Json.SerpstatLinkingDomain, "getOutDomains", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "Outgoing"));

    /// <summary>getRedirectedDomains: the domains redirecting to the site, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatLinkingDomain> RedirectingDomains { get; } = List(Json.SerpstatLinkingDomain, "getRedirectedDomains", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "Redirecting"));

    /// <summary>getIntersect: the donors the site shares with 1 or 2 other domains, with each one's links, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatLinkingDomain> Intersection { get; } = List(Json.SerpstatLinkingDomain, "getIntersect", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "Shared"));

    /// <summary>getIntersectSummary: how many donors the domains share; 1 line per row.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklinkIntersectionSummary> IntersectionSummary { get; } = Whole(Json.SerpstatBacklinkIntersectionSummary, "getIntersectSummary", (q, r, _) => r.Query = q.QuerySent);

    /// <summary>getAnchors: the anchors of the site's backlinks with their counts, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatAnchor> Anchors { get; } = List(Json.SerpstatAnchor, "getAnchors", (q, r, _) => r.Query = q.QuerySent);

    /// <summary>getTopAnchors: the ten most used anchors; 1 line a request.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatAnchor> TopAnchors { get; } = Whole(Json.SerpstatAnchor, "getTopAnchors", (q, r, _) => r.Query = q.QuerySent);

    /// <summary>getDistributionSDR: referring domains by Domain Rank range; 1 line a request.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklinkDistribution> RankDistribution { get; } = Whole(Json.SerpstatBacklinkDistribution, "getDistributionSDR", (q, r, _) => (r.Query, r.By) = (q.QuerySent, "Rank"));

    /// <summary>getDistributionTLD: referring domains by top-level domain; 1 line a request.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklinkDistribution> TldDistribution { get; } = Whole(Json.SerpstatBacklinkDistribution, "getDistributionTLD", (q, r, _) => (r.Query, r.By) = (q.QuerySent, "Tld"));

    /// <summary>getBacklinksChangesHistory: backlinks gained and lost by date; 1 line a request.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatBacklinkChange> History { get; } = Whole(Json.SerpstatBacklinkChange, "getBacklinksChangesHistory", (q, r, _) => r.Query = q.QuerySent);

    /// <summary>getThreats: malicious domains linking to the site, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatThreat> Threats { get; } = List(Json.SerpstatThreat, "getThreats", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "Referring"));

    /// <summary>getThreatsLinks: links from malicious sites to the site, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatThreat> ThreatLinks { get; } = List(Json.SerpstatThreat, "getThreatsLinks", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "ReferringLink"));

    /// <summary>getOutThreats: malicious domains the site links to, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatThreat> OutThreats { get; } = List(Json.SerpstatThreat, "getOutThreats", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "Outgoing"));

    /// <summary>getOutThreatsLinks: the site's links to malicious sites, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatThreat> OutThreatLinks { get; } = List(Json.SerpstatThreat, "getOutThreatsLinks", (q, r, _) => (r.Query, r.Type) = (q.QuerySent, "OutgoingLink"));

    /// <summary>getTopPages: the site's pages with the most backlinks, paged.</summary>
    public static Operation<SerpstatBacklinkQuery, SerpstatLinkedPage> TopPages { get; } = List(Json.SerpstatLinkedPage, "getTopPages", (q, r, _) => r.Query = q.QuerySent);

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SerpstatMethod.</summary>
    public static Operation[] AllOperations =>
    [
        Summary, LegacySummary, Anchors, TopAnchors, Intersection, IntersectionSummary, RankDistribution, TldDistribution, History,
        LostBacklinks, Backlinks, Outlinks, LostOutlinks, OutDomains, ReferringDomains, RedirectingDomains, Threats, ThreatLinks, OutThreats, OutThreatLinks, TopPages,
    ];

    private static SerpstatJsonContext Json => SerpstatJsonContext.Default;

    private static void StampSummary(SerpstatBacklinkQuery q, SerpstatBacklinkSummary r, string? section) =>
        (r.Query, r.SearchType) = (q.QuerySent, q.SearchType ?? "domain_with_subdomains");

    private static Operation<SerpstatBacklinkQuery, TRow> List<TRow>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<TRow> row, string method, System.Action<SerpstatBacklinkQuery, TRow, string?> stamp)
        where TRow : class => new(ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + method, row, (q, w) => q.WriteTo(w, Procedure + method))
        {
            Paging = SerpstatRpc.Pages(),
            Rows = SerpstatRpc.DataRows,
            Stamp = stamp,
        };

    private static Operation<SerpstatBacklinkQuery, TRow> Whole<TRow>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<TRow> row, string method, System.Action<SerpstatBacklinkQuery, TRow, string?> stamp)
        where TRow : class => new(ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + method, row, (q, w) => q.WriteTo(w, Procedure + method))
        {
            Rows = SerpstatRpc.DataRows,
            Stamp = stamp,
        };

    private static Operation<SerpstatBacklinkQuery, TRow> One<TRow>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<TRow> row, string method, System.Action<SerpstatBacklinkQuery, TRow, string?> stamp)
        where TRow : class => new(ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + method, row, (q, w) => q.WriteTo(w, Procedure + method))
        {
            Rows = RowLocation.ObjectIn("data").Under("result"),
            Stamp = stamp,
        };
}
