using System.Net.Http;
using System.Text.Json.Serialization;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Domain;

/// <summary>What GET /v1/domain/overview/db takes.</summary>
public sealed record DomainOverviewQuery
{
    /// <summary>The domain; may be left out when <see cref="Url"/> is given (its host is sent).</summary>
    public string? Domain { get; init; }

    /// <summary>One page instead of the whole domain.</summary>
    public string? Url { get; init; }

    /// <summary>Regional database code (us, uk, de, …).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Count subdomains too (the API's default).</summary>
    public bool WithSubdomains { get; init; } = true;

    /// <summary>The domain as sent: the one given, else the URL's host.</summary>
    internal string DomainSent => string.IsNullOrWhiteSpace(Domain) && Url is not null ? TargetRules.HostOf(Url) : Check.Target("Domain", Domain, TargetKind.Domain);

    internal void WriteTo(RequestWriter writer)
    {
        var source = Check.Source("Source", Source);
        var url = Url is null ? null : Check.Target("Url", Url, TargetKind.Url);
        var domain = url is not null && string.IsNullOrWhiteSpace(Domain) ? TargetRules.HostOf(url) : Check.Target("Domain", Domain, TargetKind.Domain);
        writer.Target = url ?? domain;
        writer.Add("source", source).Add("domain", domain).Add("with_subdomains", WithSubdomains).Add("url", url);
    }
}

/// <summary>
/// The domain-analysis operations of the Data API (§4). The legacy GET /v1/domain/overview and the
/// four /v1/domain/aio/* paths are left out on purpose: overview/db and the ai-search family
/// (§6) supersede them, and SE Ranking's own tools no longer call them.
/// </summary>
public static class DomainOperations
{
    /// <summary>The most rows one page of domain keywords, comparison, pages or subdomains holds.</summary>
    public const int MaxPage = 1000;

    /// <summary>The most rows one page of ads holds.</summary>
    public const int MaxAdsPage = 100;

    /// <summary>GET /v1/domain/overview/db: organic and paid summary in one regional database; 100 credits.</summary>
    public static Operation<DomainOverviewQuery, DomainOverview> OverviewDb { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/overview/db", "domain/overview/db", Json.DomainOverview, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) =>
        {
            r.Domain = q.DomainSent;
            r.Url = q.Url?.Trim();
            r.Source = Check.Source("Source", q.Source);
            r.WithSubdomains = q.WithSubdomains;
        },
    };

    /// <summary>GET /v1/domain/overview/worldwide: worldwide organic and paid totals, and per country on request; 100 credits.</summary>
    public static Operation<WorldwideOverviewQuery, DomainWorldwideOverview> Worldwide { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/overview/worldwide", "domain/overview/worldwide", Json.DomainWorldwideOverview, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Sections("organic", "adv"),
        Stamp = (q, r, section) =>
        {
            r.Domain = Check.Target("Domain", q.Domain, TargetKind.Domain);
            r.Type = section ?? "organic";
            r.Currency = q.CurrencySent;
        },
    };

    /// <summary>GET /v1/domain/overview/worldwide/url: worldwide totals of one page; 100 credits (an assumption: not in the cost matrix).</summary>
    public static Operation<UrlWorldwideOverviewQuery, DomainWorldwideOverview> WorldwideUrl { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/overview/worldwide/url", "domain/overview/worldwide/url", Json.DomainWorldwideOverview, (q, w) => q.WriteTo(w))
    {
        // The answer's shape is unconfirmed; organic and adv are read as arrays or as single objects.
        Rows = RowLocation.Sections("organic", "adv"),
        Stamp = (q, r, section) =>
        {
            r.Url = q.Url.Trim();
            r.Domain = TargetRules.HostOf(r.Url);
            r.Type = section ?? "organic";
            r.Currency = "USD";
        },
    };

    /// <summary>GET /v1/domain/overview/history: one row per month; 100 credits.</summary>
    public static Operation<DomainHistoryQuery, DomainHistoryPoint> History { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/overview/history", "domain/overview/history", Json.DomainHistoryPoint, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) =>
        {
            r.Domain = DomainChecks.DomainOf(q.Domain, q.Url);
            r.Url = q.Url?.Trim();
            r.Source = Check.Source("Source", q.Source);
            r.Type = DomainChecks.Type(q.Type) ?? "organic";
        },
    };

    /// <summary>GET /v1/domain/keywords: the keywords a domain or page ranks for, in pages of up to 1,000; 100 credits per page.</summary>
    public static Operation<DomainKeywordQuery, DomainKeyword> Keywords { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/keywords", "domain/keywords", Json.DomainKeyword, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.PageAndLimit(100, MaxPage),
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) =>
        {
            r.Domain = q.DomainOf;
            r.Source = Check.Source("Source", q.Source);
            r.Type = DomainChecks.Type(q.Type) ?? "organic";
            r.Snapshot = q.Year is { } year && q.Month is { } month ? new System.DateTime(year, month, 1) : null;
        },
    };

    /// <summary>GET /v1/domain/keywords/comparison: common keywords, or the gap, of two domains or pages; 100 credits per page.</summary>
    public static Operation<KeywordComparisonQuery, ComparedKeyword> KeywordComparison { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/keywords/comparison", "domain/keywords/comparison", Json.ComparedKeyword, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.PageAndLimit(100, MaxPage),
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) =>
        {
            r.Domain = q.DomainOf;
            r.Compare = q.CompareSent;
            r.Gap = q.Gap;
            r.Source = Check.Source("Source", q.Source);
            r.Type = DomainChecks.Type(q.Type) ?? "organic";
        },
    };

    /// <summary>GET /v1/domain/pages: a domain's ranking pages, offset and limit; 100 credits per page of rows (an assumption).</summary>
    public static Operation<DomainBreakdownQuery, DomainPage> Pages { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/pages", "domain/pages", Json.DomainPage, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("pages"),
        Stamp = (q, r, _) => (r.RootDomain, r.Source, r.Scope, r.Type) = (Check.Target("Domain", q.Domain, TargetKind.Domain), Check.Source("Source", q.Source), q.ScopeSent, DomainChecks.Type(q.Type) ?? "organic"),
    };

    /// <summary>GET /v1/domain/subdomains: a domain's subdomains, offset and limit; 100 credits per page of rows (an assumption).</summary>
    public static Operation<DomainBreakdownQuery, DomainSubdomain> Subdomains { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/subdomains", "domain/subdomains", Json.DomainSubdomain, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("subdomains"),
        Stamp = (q, r, _) => (r.RootDomain, r.Source, r.Scope, r.Type) = (Check.Target("Domain", q.Domain, TargetKind.Domain), Check.Source("Source", q.Source), q.ScopeSent, DomainChecks.Type(q.Type) ?? "organic"),
    };

    /// <summary>GET /v1/domain/ads?domain=: the keywords a domain advertises on, one row per keyword and month; 100 credits per page of up to 100 keywords.</summary>
    public static Operation<PaidAdQuery, PaidAdKeyword> AdsByDomain { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/ads", "domain/ads", Json.PaidAdKeyword, (q, w) => q.WriteTo(w, byKeyword: false))
    {
        Paging = Paging.PageAndLimit(MaxAdsPage, MaxAdsPage),
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => (r.Domain, r.Source) = (Check.Target("Domain", q.Domain, TargetKind.Domain), Check.Source("Source", q.Source)),
        Expand = r => r.PerMonth(),
    };

    /// <summary>GET /v1/domain/ads?keyword=: the domains advertising on a keyword, one row per domain and month; 100 credits per page of up to 100 domains.</summary>
    public static Operation<PaidAdQuery, PaidAdAdvertiser> AdsByKeyword { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/ads", "domain/ads", Json.PaidAdAdvertiser, (q, w) => q.WriteTo(w, byKeyword: true))
    {
        Paging = Paging.PageAndLimit(MaxAdsPage, MaxAdsPage),
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => (r.Keyword, r.Source) = ((q.Keyword ?? string.Empty).Trim(), Check.Source("Source", q.Source)),
        Expand = r => r.PerMonth(),
    };

    /// <summary>GET /v1/domain/competitors: up to about 500 competitors in one answer, unsorted; 100 credits.</summary>
    public static Operation<CompetitorQuery, DomainCompetitor> Competitors { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/competitors", "domain/competitors", Json.DomainCompetitor, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => (r.CompetitorOf, r.Source, r.Type) = (Check.Target("Domain", q.Domain, TargetKind.Domain), Check.Source("Source", q.Source), DomainChecks.Type(q.Type) ?? "organic"),
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrDataApi.</summary>
    public static Operation[] AllOperations =>
        [OverviewDb, Worldwide, WorldwideUrl, History, Keywords, KeywordComparison, Pages, Subdomains, AdsByDomain, AdsByKeyword, Competitors];

    private static DomainJsonContext Json => DomainJsonContext.Default;
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(DomainOverview))]
[JsonSerializable(typeof(DomainWorldwideOverview))]
[JsonSerializable(typeof(DomainHistoryPoint))]
[JsonSerializable(typeof(DomainKeyword))]
[JsonSerializable(typeof(ComparedKeyword))]
[JsonSerializable(typeof(DomainPage))]
[JsonSerializable(typeof(DomainSubdomain))]
[JsonSerializable(typeof(PaidAdKeyword))]
[JsonSerializable(typeof(PaidAdAdvertiser))]
[JsonSerializable(typeof(AdSnippet))]
[JsonSerializable(typeof(DomainCompetitor))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class DomainJsonContext : JsonSerializerContext
{
}
