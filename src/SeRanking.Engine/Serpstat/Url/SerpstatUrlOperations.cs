using System.Net.Http;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Engine.Serpstat.Keywords;

namespace SeRanking.Engine.Serpstat.Url;

/// <summary>Serpstat's URL analysis (§8, <c>SerpstatUrlProcedure</c>) as operations: 4 methods, billed in lines.</summary>
public static class SerpstatUrlOperations
{
    private const string Procedure = "SerpstatUrlProcedure.";

    /// <summary>getSummaryTraffic: traffic and keywords of a domain's pages whose address contains a text; 1,000 lines per figure asked for.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatUrlTraffic> Traffic { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getSummaryTraffic", Json.SerpstatUrlTraffic, (q, w) => q.WriteTo(w, Procedure + "getSummaryTraffic"))
    {
        // The figures sit directly under result, beside summary_info (read for the balance).
        Rows = RowLocation.ArrayOrDocument("data").Under("result"),
        UnitsOf = q => q.OutputCount,
        Stamp = (q, r, _) => (r.Domain, r.UrlContains, r.Database) = (SerpstatParams.Domain("Domain", q.Domain), (q.UrlContains ?? string.Empty).Trim(), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getUrlCompetitors: the pages competing with a page, paged.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatUrlCompetitor> Competitors { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getUrlCompetitors", Json.SerpstatUrlCompetitor, (q, w) => q.WriteTo(w, Procedure + "getUrlCompetitors"))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.CompetitorOf, r.Database) = (Check.Target("Url", q.Url, Batching.TargetKind.Url), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getUrlKeywords: the keywords a page ranks for, paged.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatRankedKeyword> Keywords { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getUrlKeywords", Json.SerpstatRankedKeyword, (q, w) => q.WriteTo(w, Procedure + "getUrlKeywords"))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Target, r.Database) = (Check.Target("Url", q.Url, Batching.TargetKind.Url), SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getUrlMissingKeywords: the keywords a page's competitors rank for and it does not, paged.</summary>
    public static Operation<SerpstatDomainQuery, SerpstatKeyword> MissingKeywords { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getUrlMissingKeywords", Json.SerpstatKeyword, (q, w) => q.WriteTo(w, Procedure + "getUrlMissingKeywords"))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Seed, r.Type, r.Database) = (Check.Target("Url", q.Url, Batching.TargetKind.Url), "Missing", SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SerpstatMethod.</summary>
    public static Operation[] AllOperations => [Traffic, Competitors, Keywords, MissingKeywords];

    private static SerpstatJsonContext Json => SerpstatJsonContext.Default;
}
