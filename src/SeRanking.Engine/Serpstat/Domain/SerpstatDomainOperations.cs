using System.Net.Http;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Domain;

/// <summary>
/// Serpstat's domain analysis (§6, <c>SerpstatDomainProcedure</c>) as operations: 14 methods, all
/// billed in lines (1 per row, at least 1 a call, unless said otherwise).
/// </summary>
public static class SerpstatDomainOperations
{
    private const string Procedure = "SerpstatDomainProcedure.";

    /// <summary>The most domains one getDomainsInfo call takes.</summary>
    public const int MaxDomainsPerCall = 10;

    /// <summary>getDomainsInfo: visibility, keywords and traffic of up to 10 domains; 5 lines per domain.</summary>
    public static Operation<SerpstatDomainsQuery, SerpstatDomainSummary> Summary { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getDomainsInfo", Json.SerpstatDomainSummary, (q, w) => q.WriteTo(w, Procedure + "getDomainsInfo", 1, MaxDomainsPerCall))
    {
        Rows = SerpstatRpc.DataRows,
        BatchSize = MaxDomainsPerCall,
        UnitsOf = q => q.DomainsSent.Count,
        TargetOf = r => r.Domain,
        CheckBatchItem = domain => SerpstatParams.Domain("Domain", domain),
        RowWhenAbsent = SerpstatDomainSummary.NoData,
        Stamp = (q, r, _) => r.Database = SerpstatParams.Database("Database", q.Database),
    };

    /// <summary>getDomainsHistory: a domain's dated keyword count, traffic and visibility; up to 1,000 rows in one call.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatDomainHistoryPoint> History { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getDomainsHistory", Json.SerpstatDomainHistoryPoint, (q, w) => q.WriteTo(w, Procedure + "getDomainsHistory"))
    {
        Paging = SerpstatRpc.Size(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Domain, r.Database) = (r.Domain.Length > 0 ? r.Domain : SerpstatParams.Domain("Domain", q.Domain), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getDomainKeywords: the keywords a domain ranks for in the top 100, paged; exportPositions beyond row 60,000.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatRankedKeyword> Keywords { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getDomainKeywords", Json.SerpstatRankedKeyword, (q, w) => q.WriteTo(w, Procedure + "getDomainKeywords"))
    {
        Paging = SerpstatRpc.Pages(export: "SerpstatDomainProcedure.exportPositions (Export-SerpstatDomainKeyword)"),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Target, r.Database) = (SerpstatParams.Domain("Domain", q.Domain), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getCompetitors: a domain's organic competitors, up to 1,000 in one call, with filters.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatCompetitor> Competitors { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getCompetitors", Json.SerpstatCompetitor, (q, w) => q.WriteTo(w, Procedure + "getCompetitors"))
    {
        Paging = SerpstatRpc.Size(),
        Rows = SerpstatRpc.DataRows,
        Stamp = StampCompetitor,
    };

    /// <summary>getOrganicCompetitorsPage: a domain's organic competitors, paged (10 to 500 a page).</summary>
    public static Operation<SerpstatDomainQuery, SerpstatCompetitor> CompetitorPages { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getOrganicCompetitorsPage", Json.SerpstatCompetitor, (q, w) => q.WriteTo(w, Procedure + "getOrganicCompetitorsPage"))
    {
        Paging = SerpstatRpc.Pages(100, 500, minSize: 10),
        Rows = SerpstatRpc.DataRows,
        Stamp = StampCompetitor,
    };

    /// <summary>getAdKeywords: the keywords a domain buys ads for, with the ads, paged.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatAdKeyword> AdKeywords { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getAdKeywords", Json.SerpstatAdKeyword, (q, w) => q.WriteTo(w, Procedure + "getAdKeywords"))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Query, r.Database) = (SerpstatParams.Domain("Domain", q.Domain), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>exportPositions: a domain's keywords as a CSV file (up to 60,000 rows); 1 line per row exported.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatExport> ExportKeywords { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "exportPositions", Json.SerpstatExport, (q, w) => WriteExport(q, w))
    {
        Rows = RowLocation.ArrayOrDocument("data").Under("result"),
        UnitsOf = q => q.Rows ?? DefaultExportRows,
        Charge = (_, q, row, _) => row?.Rows ?? q.Rows ?? DefaultExportRows,
        Stamp = (q, r, _) => (r.Method, r.Query, r.Database) = (Procedure + "exportPositions", SerpstatParams.Domain("Domain", q.Domain), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>The rows exportPositions exports when -Rows is not given: one page's worth, since every row costs a line.</summary>
    public const int DefaultExportRows = SerpstatRpc.MaxPage;

    /// <summary>getAdsCompetitors: the domains competing with a domain in paid search (50 to 100 a page).</summary>
    public static Operation<SerpstatDomainQuery, SerpstatAdCompetitor> AdCompetitors { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getAdsCompetitors", Json.SerpstatAdCompetitor, (q, w) => q.WriteTo(w, Procedure + "getAdsCompetitors"))
    {
        Paging = SerpstatRpc.Pages(100, 100, minSize: 50),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Query, r.Database) = (SerpstatParams.Domain("Domain", q.Domain), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getAllRegionsTraffic: a domain's traffic in every database where it has any (rows keyed by database).</summary>
    public static Operation<SerpstatDomainQuery, SerpstatDomainRegion> RegionTraffic { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getAllRegionsTraffic", Json.SerpstatDomainRegion, (q, w) => q.WriteTo(w, Procedure + "getAllRegionsTraffic"))
    {
        Rows = RowLocation.ValuesOf("data").Under("result", "data"),
        Stamp = (q, r, key) => (r.Domain, r.Database) = (SerpstatParams.Domain("Domain", q.Domain), r.Database.Length > 0 ? r.Database : key ?? string.Empty),
    };

    /// <summary>getRegionsCount: a domain's keyword count in every database.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatDomainRegion> RegionKeywords { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getRegionsCount", Json.SerpstatDomainRegion, (q, w) => q.WriteTo(w, Procedure + "getRegionsCount"))
    {
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => r.Domain = r.Domain.Length > 0 ? r.Domain : SerpstatParams.Domain("Domain", q.Domain),
    };

    /// <summary>getDomainUrls: a domain's pages with the keywords each ranks for, paged.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatPage> Urls { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getDomainUrls", Json.SerpstatPage, (q, w) => q.WriteTo(w, Procedure + "getDomainUrls"))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = StampPage,
    };

    /// <summary>getTopUrls: a domain's pages that rank for the most keywords and traffic, paged.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatPage> TopUrls { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getTopUrls", Json.SerpstatPage, (q, w) => q.WriteTo(w, Procedure + "getTopUrls"))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = StampPage,
    };

    /// <summary>getDomainsIntersection: the keywords 2 or 3 domains all rank for, paged.</summary>
    public static Operation<SerpstatDomainsQuery, SerpstatKeywordIntersection> Intersection { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getDomainsIntersection", Json.SerpstatKeywordIntersection, (q, w) => q.WriteTo(w, Procedure + "getDomainsIntersection", 2, 3))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => r.Database = SerpstatParams.Database("Database", q.Database),
    };

    /// <summary>getDomainsUniqKeywords: the keywords 1 or 2 domains rank for and a third does not, paged.</summary>
    public static Operation<SerpstatDomainsQuery, SerpstatRankedKeyword> UniqueKeywords { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getDomainsUniqKeywords", Json.SerpstatRankedKeyword, (q, w) => q.WriteTo(w, Procedure + "getDomainsUniqKeywords", 1, 2))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Target, r.Database) = (r.Domain ?? string.Join(", ", q.DomainsSent), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SerpstatMethod.</summary>
    public static Operation[] AllOperations =>
        [Summary, History, Keywords, Competitors, CompetitorPages, AdKeywords, ExportKeywords, AdCompetitors, RegionTraffic, RegionKeywords, Urls, TopUrls, Intersection, UniqueKeywords];

    private static SerpstatJsonContext Json => SerpstatJsonContext.Default;

    private static void StampCompetitor(SerpstatDomainQuery q, SerpstatCompetitor r, string? section) =>
        (r.CompetitorOf, r.Database) = (SerpstatParams.Domain("Domain", q.Domain), SerpstatParams.Database("Database", q.Database));

    private static void StampPage(SerpstatDomainQuery q, SerpstatPage r, string? section) =>
        (r.Query, r.Database) = (SerpstatParams.Domain("Domain", q.Domain), SerpstatParams.Database("Database", q.Database));

    private static void WriteExport(SerpstatDomainQuery query, RequestWriter writer)
    {
        query.WriteTo(writer, Procedure + "exportPositions");
        writer.Add("size", Check.Range("Rows", query.Rows, 1, SerpstatRpc.Ceiling) ?? DefaultExportRows);
    }
}
