using System.Net.Http;
using System.Text.Json.Serialization;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Backlinks;

/// <summary>
/// The 25 backlinks paths of the Data API (§3) as operations. The six that take many targets go
/// as the POST form with a JSON body (100 targets a call); the lists go as GET. Wrapper keys are
/// confirmed only for summary and history, so the lists accept the first array of an answer.
/// </summary>
public static class BacklinkOperations
{
    /// <summary>Targets a batched call carries.</summary>
    public const int BatchSize = 100;

    /// <summary>The most rows backlinks/all (and the other lists) answers in one call; they do not page.</summary>
    public const int MaxListRows = 10_000;

    /// <summary>The most rows one backlinks/raw page holds.</summary>
    public const int MaxRawPage = 100_000;

    public static Operation<TargetsQuery, BacklinkSummary> Summary { get; } = Batched("summary", Json.BacklinkSummary, "summary", (q, r) => r.Mode = q.Mode, r => r.Target);

    public static Operation<TargetsQuery, BacklinkMetrics> Metrics { get; } = Batched("metrics", Json.BacklinkMetrics, "metrics", (q, r) => r.Mode = q.Mode, r => r.Target);

    public static Operation<TargetsQuery, TargetCount> Count { get; } = Batched("count", Json.TargetCount, "count", null, r => r.Target);

    public static Operation<TargetsQuery, TargetCount> ReferringDomainsCount { get; } = Batched("refdomains/count", Json.TargetCount, "refdomains", null, r => r.Target);

    public static Operation<TargetsQuery, TargetCount> ReferringIpsCount { get; } = Batched("referring-ips/count", Json.TargetCount, "referring_ips", null, r => r.Target);

    public static Operation<TargetsQuery, TargetCount> ReferringSubnetsCount { get; } = Batched("referring-subnets/count", Json.TargetCount, "referring_subnets", null, r => r.Target);

    /// <summary>GET /v1/backlinks/all: up to 10,000 backlinks, filtered and sorted; 1 credit each.</summary>
    public static Operation<BacklinkListQuery, Backlink> All { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/all", "backlinks/all", Json.Backlink, (q, w) => q.WriteAll(w))
    {
        Paging = Paging.Limit(100, MaxListRows),
        Rows = RowLocation.InProperty("backlinks"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/raw: every backlink, in pages of up to 100,000 with a <c>next</c> cursor; 1 credit each.</summary>
    public static Operation<BacklinkListQuery, Backlink> Raw { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/raw", "backlinks/raw", Json.Backlink, (q, w) => q.WriteRaw(w))
    {
        Paging = Paging.Cursor(10_000, MaxRawPage),
        Rows = RowLocation.InProperty("backlinks"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/history: backlinks found or lost in a date range; 1 credit per row.</summary>
    public static Operation<BacklinkHistoryQuery, NewLostBacklink> History { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/history", "backlinks/history", Json.NewLostBacklink, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.Limit(100, MaxListRows),
        Rows = RowLocation.InProperty("new_lost_backlinks"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/history/count: backlinks found and lost per day; 100 credits.</summary>
    public static Operation<BacklinkPeriodQuery, BacklinkDailyCount> HistoryCount { get; } = Daily("history/count", "backlinks", takesType: true);

    /// <summary>GET /v1/backlinks/history/cumulative: live backlinks on each day; 100 credits.</summary>
    public static Operation<BacklinkPeriodQuery, BacklinkDailyCount> HistoryCumulative { get; } = Daily("history/cumulative", "backlinks", takesType: false);

    /// <summary>GET /v1/backlinks/anchors; 1 credit per row.</summary>
    public static Operation<BacklinkSortedQuery, BacklinkAnchor> Anchors { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/anchors", "backlinks/anchors", Json.BacklinkAnchor, (q, w) => q.WriteTo(w, "backlinks", "refdomains"))
    {
        Paging = Paging.Limit(100, MaxListRows),
        Rows = RowLocation.InProperty("anchors"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/refdomains; 1 credit per row.</summary>
    public static Operation<BacklinkSortedQuery, ReferringDomain> ReferringDomains { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/refdomains", "backlinks/refdomains", Json.ReferringDomain, (q, w) => q.WriteTo(w, "date_found", "domain_inlink_rank", "inlink_rank"))
    {
        Paging = Paging.Limit(100, MaxListRows),
        Rows = RowLocation.InProperty("refdomains"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/refdomains/history: referring domains found or lost in a date range; 1 credit per row.</summary>
    public static Operation<BacklinkPeriodQuery, ReferringDomain> ReferringDomainsHistory { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/refdomains/history", "backlinks/refdomains/history", Json.ReferringDomain, (q, w) => q.WriteTo(w, takesType: true, takesOrder: true))
    {
        Paging = Paging.Limit(100, MaxListRows),
        Rows = RowLocation.InProperty("new_lost_refdomains", "refdomains"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/refdomains/history/count: referring domains found and lost per day; 100 credits.</summary>
    public static Operation<BacklinkPeriodQuery, BacklinkDailyCount> ReferringDomainsHistoryCount { get; } = Daily("refdomains/history/count", "referring domains", takesType: true);

    /// <summary>GET /v1/backlinks/referring-ips; 1 credit per row.</summary>
    public static Operation<BacklinkSortedQuery, ReferringIp> ReferringIps { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/referring-ips", "backlinks/referring-ips", Json.ReferringIp, (q, w) => q.WriteTo(w, "backlinks", "refdomains"))
    {
        Paging = Paging.Limit(100, MaxListRows),
        Rows = RowLocation.InProperty("referring_ips", "ips"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/indexed-pages: pages of the target that have backlinks; 1 credit per row.</summary>
    public static Operation<BacklinkSortedQuery, IndexedPage> IndexedPages { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/indexed-pages", "backlinks/indexed-pages", Json.IndexedPage, (q, w) => q.WriteTo(w, "backlinks", "refdomains"))
    {
        Paging = Paging.Limit(100, MaxListRows),
        Rows = RowLocation.InProperty("pages", "indexed_pages"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/authority: page and domain authority of a target; 100 credits.</summary>
    public static Operation<AuthorityQuery, BacklinkAuthority> Authority { get; } = AuthorityOf("authority", TargetKind.Any, "Both");

    /// <summary>GET /v1/backlinks/authority/domain: the authority of the target's root domain; 10 credits.</summary>
    public static Operation<AuthorityQuery, BacklinkAuthority> DomainAuthority { get; } = AuthorityOf("authority/domain", TargetKind.Any, "Domain");

    /// <summary>GET /v1/backlinks/authority/page: the authority of one page; 10 credits.</summary>
    public static Operation<AuthorityQuery, BacklinkAuthority> PageAuthority { get; } = AuthorityOf("authority/page", TargetKind.Url, "Page");

    /// <summary>GET /v1/backlinks/authority/domain/history: dated Domain InLink Rank of the target's domain.</summary>
    public static Operation<AuthorityHistoryQuery, AuthorityHistoryPoint> DomainAuthorityHistory { get; } = AuthorityHistory("authority/domain/history", TargetKind.Any, "Domain");

    /// <summary>GET /v1/backlinks/authority/page/history: dated InLink Rank of one page; 1 credit per row.</summary>
    public static Operation<AuthorityHistoryQuery, AuthorityHistoryPoint> PageAuthorityHistory { get; } = AuthorityHistory("authority/page/history", TargetKind.Url, "Page");

    /// <summary>GET /v1/backlinks/authority/domain/distribution: how the referring domains' authority is spread; 1 credit per row.</summary>
    public static Operation<AuthorityDistributionQuery, AuthorityDistributionBar> DomainAuthorityDistribution { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/authority/domain/distribution", "backlinks/authority/domain/distribution", Json.AuthorityDistributionBar, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("distribution", "histogram"),
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>Every backlinks operation, for tests, documentation and Invoke-SrDataApi.</summary>
    public static Operation[] AllOperations =>
    [
        Summary, Metrics, Count, ReferringDomainsCount, ReferringIpsCount, ReferringSubnetsCount, All, Raw, History, HistoryCount,
        HistoryCumulative, Anchors, ReferringDomains, ReferringDomainsHistory, ReferringDomainsHistoryCount, ReferringIps, IndexedPages,
        Authority, DomainAuthority, PageAuthority, DomainAuthorityHistory, PageAuthorityHistory, DomainAuthorityDistribution,
    ];

    private static BacklinksJsonContext Json => BacklinksJsonContext.Default;

    private static Operation<TargetsQuery, TRow> Batched<TRow>(
        string command, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TRow> rowType, string rows, System.Action<TargetsQuery, TRow>? stamp, System.Func<TRow, string?> targetOf)
        where TRow : class => new(ApiKind.SeRankingData, HttpMethod.Post, "v1/backlinks/" + command, "backlinks/" + command, rowType, (q, w) => q.WriteTo(w))
        {
            BatchSize = BatchSize,
            UnitsOf = q => q.Targets.Count,
            Rows = RowLocation.InProperty(rows),
            Stamp = stamp is null ? null : (q, r, _) => stamp(q, r),
            TargetOf = targetOf,
        };

    private static Operation<BacklinkPeriodQuery, BacklinkDailyCount> Daily(string command, string of, bool takesType) => new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/" + command, "backlinks/" + command, Json.BacklinkDailyCount, (q, w) => q.WriteTo(w, takesType, takesOrder: false))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => (r.Target, r.Mode, r.Of) = (q.Target, q.Mode, of),
    };

    private static Operation<AuthorityQuery, BacklinkAuthority> AuthorityOf(string command, TargetKind kind, string of) => new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/" + command, "backlinks/" + command, Json.BacklinkAuthority, (q, w) => q.WriteTo(w, kind))
    {
        Rows = RowLocation.ArrayOrDocument("authority"),
        Stamp = (q, r, _) =>
        {
            r.Of = of;
            if (r.Target.Length == 0)
            {
                r.Target = q.Target;
            }
        },
    };

    private static Operation<AuthorityHistoryQuery, AuthorityHistoryPoint> AuthorityHistory(string command, TargetKind kind, string of) => new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/" + command, "backlinks/" + command, Json.AuthorityHistoryPoint, (q, w) => q.WriteTo(w, kind))
    {
        Rows = RowLocation.InProperty("history"),
        Stamp = (q, r, _) => (r.Target, r.Of) = (q.Target, of),
    };
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(BacklinkSummary))]
[JsonSerializable(typeof(BacklinkMetrics))]
[JsonSerializable(typeof(TargetCount))]
[JsonSerializable(typeof(Backlink))]
[JsonSerializable(typeof(NewLostBacklink))]
[JsonSerializable(typeof(BacklinkDailyCount))]
[JsonSerializable(typeof(BacklinkAnchor))]
[JsonSerializable(typeof(ReferringDomain))]
[JsonSerializable(typeof(ReferringIp))]
[JsonSerializable(typeof(IndexedPage))]
[JsonSerializable(typeof(BacklinkAuthority))]
[JsonSerializable(typeof(AuthorityHistoryPoint))]
[JsonSerializable(typeof(AuthorityDistributionBar))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class BacklinksJsonContext : JsonSerializerContext
{
}
