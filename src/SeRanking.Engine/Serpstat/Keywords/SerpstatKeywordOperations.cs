using System;
using System.Net.Http;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Serpstat.Domain;

namespace SeRanking.Engine.Serpstat.Keywords;

/// <summary>
/// Serpstat's keyword analysis (§7, <c>SerpstatKeywordProcedure</c>) as operations: 12 methods,
/// billed in lines (1 per row, at least 1 a call, unless said otherwise).
/// </summary>
public static class SerpstatKeywordOperations
{
    private const string Procedure = "SerpstatKeywordProcedure.";

    /// <summary>The most keywords one getKeywordsInfo call takes.</summary>
    public const int MaxKeywordsPerCall = 1000;

    /// <summary>The rows an export exports when -Rows is not given (exportSuggestions' default).</summary>
    public const int DefaultExportRows = 500;

    /// <summary>getKeywordsInfo: the figures of up to 1,000 given keywords; 1 line per keyword returned.</summary>
    public static Operation<SerpstatKeywordsQuery, SerpstatKeyword> Metrics { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getKeywordsInfo", Json.SerpstatKeyword, (q, w) => q.WriteTo(w, Procedure + "getKeywordsInfo", MaxKeywordsPerCall))
    {
        Rows = SerpstatRpc.DataRows,
        BatchSize = MaxKeywordsPerCall,
        UnitsOf = q => q.Keywords.Count,
        TargetOf = r => r.Keyword,
        CheckBatchItem = keyword => SerpstatParams.Keyword("Keyword", keyword),
        RowWhenAbsent = SerpstatKeyword.NoData,
        Stamp = (q, r, _) => (r.Seed, r.Type, r.Database) = (r.Keyword, "Metric", SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getKeywords: phrase-match keywords containing a seed, paged; exportKeywordsPhrase beyond row 60,000.</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatKeyword> Phrase { get; } = Ideas("getKeywords", "Phrase", "SerpstatKeywordProcedure.exportKeywordsPhrase (Export-SerpstatKeyword -Type Phrase)");

    /// <summary>getSuggestions: search suggestions for a seed, paged; exportSuggestions beyond row 60,000.</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatKeyword> Suggestions { get; } = Ideas("getSuggestions", "Suggestion", "SerpstatKeywordProcedure.exportSuggestions (Export-SerpstatKeyword -Type Suggestion)");

    /// <summary>getRelatedKeywords: semantically related keywords with a weight, paged.</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatKeyword> Related { get; } = Ideas("getRelatedKeywords", "Related", null);

    /// <summary>getKeywordTop: a keyword's Google top 100 (up to 100 results in one call).</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatSerpResult> Top { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getKeywordTop", Json.SerpstatSerpResult, (q, w) => q.WriteTo(w, Procedure + "getKeywordTop"))
    {
        Paging = SerpstatRpc.Size(100, 100),
        Rows = RowLocation.InProperty("top").Under("result", "data"),
        Stamp = StampResult,
    };

    /// <summary>getKeywordFullTop: a keyword's Google top 100 with each domain's figures (10 to 100 results in one call).</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatSerpResult> FullTop { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getKeywordFullTop", Json.SerpstatSerpResult, (q, w) => q.WriteTo(w, Procedure + "getKeywordFullTop"))
    {
        Paging = SerpstatRpc.Size(100, 100, minSize: 10),
        Rows = RowLocation.InProperty("top").Under("result"),
        Stamp = StampResult,
    };

    /// <summary>getCompetitors: the domains in a keyword's top 20, up to 1,000 in one call (rows keyed by domain).</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatCompetitor> Competitors { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getCompetitors", Json.SerpstatCompetitor, (q, w) => q.WriteTo(w, Procedure + "getCompetitors"))
    {
        Paging = SerpstatRpc.Size(),
        Rows = RowLocation.ValuesOf("data").Under("result"),
        Stamp = (q, r, key) => (r.Domain, r.CompetitorOf, r.Database) = (r.Domain.Length > 0 ? r.Domain : key ?? string.Empty, q.KeywordSent, SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getAdKeywords: paid keywords and ad copies shown for a keyword, of the advertisers given, paged.</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatAdKeyword> AdKeywords { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getAdKeywords", Json.SerpstatAdKeyword, (q, w) => q.WriteTo(w, Procedure + "getAdKeywords"))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Query, r.Database) = (q.KeywordSent, SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getAdsCompetitors: the domains advertising on a keyword, paged.</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatAdCompetitor> AdCompetitors { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getAdsCompetitors", Json.SerpstatAdCompetitor, (q, w) => q.WriteTo(w, Procedure + "getAdsCompetitors"))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Query, r.Database) = (q.KeywordSent, SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>getTopUrls: the pages that rank for the most variations of a keyword, paged by page and page_size; 1 line per request.</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatPage> TopUrls { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getTopUrls", Json.SerpstatPage, (q, w) => q.WriteTo(w, Procedure + "getTopUrls"))
    {
        Paging = SerpstatRpc.Pages() with { LimitName = "page_size", TotalAnswer = "result.summary_info.total_urls" },
        Rows = RowLocation.InProperty("urls").Under("result"),
        Stamp = (q, r, _) => (r.Query, r.Database) = (q.KeywordSent, q.Database is null ? string.Empty : SerpstatParams.Database("Database", q.Database)),
    };

    /// <summary>exportSuggestions: a keyword's suggestions (and questions) as a CSV file; 1 line per row exported.</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatExport> ExportSuggestions { get; } = Export("exportSuggestions", SerpstatRpc.MaxPage);

    /// <summary>exportKeywordsPhrase: a keyword's phrase-match keywords as a CSV file; 1 line per row exported.</summary>
    public static Operation<SerpstatKeywordQuery, SerpstatExport> ExportPhrase { get; } = Export("exportKeywordsPhrase", SerpstatRpc.Ceiling);

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SerpstatMethod.</summary>
    public static Operation[] AllOperations =>
        [Metrics, Phrase, Suggestions, Related, Top, FullTop, Competitors, AdKeywords, AdCompetitors, TopUrls, ExportSuggestions, ExportPhrase];

    /// <summary>The idea list of <paramref name="type"/>: Phrase, Suggestion or Related (any case).</summary>
    /// <exception cref="Errors.InvalidInputException">Another type.</exception>
    public static Operation<SerpstatKeywordQuery, SerpstatKeyword> IdeasOf(string type) => type?.Trim().ToUpperInvariant() switch
    {
        "PHRASE" => Phrase,
        "SUGGESTION" or "SUGGESTIONS" => Suggestions,
        "RELATED" => Related,
        _ => throw new Errors.InvalidInputException("Type", $"-Type '{type}' is not allowed; use one of: Phrase, Suggestion, Related."),
    };

    private static SerpstatJsonContext Json => SerpstatJsonContext.Default;

    private static Operation<SerpstatKeywordQuery, SerpstatKeyword> Ideas(string method, string type, string? export) => new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + method, Json.SerpstatKeyword, (q, w) => q.WriteTo(w, Procedure + method))
    {
        Paging = SerpstatRpc.Pages(export: export),
        Rows = SerpstatRpc.DataRows,
        Stamp = (q, r, _) => (r.Seed, r.Type, r.Database) = (q.KeywordSent, type, SerpstatParams.Database("Database", q.Database)),
    };

    private static Operation<SerpstatKeywordQuery, SerpstatExport> Export(string method, int maxRows) => new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + method, Json.SerpstatExport, (q, w) =>
        {
            q.WriteTo(w, Procedure + method);
            w.Add("size", Check.Range("Rows", q.Rows, 1, maxRows) ?? Math.Min(DefaultExportRows, maxRows));
        })
    {
        Rows = RowLocation.ArrayOrDocument("data").Under("result"),
        UnitsOf = q => q.Rows ?? DefaultExportRows,
        Charge = (_, q, row, _) => row?.Rows ?? q.Rows ?? DefaultExportRows,
        Stamp = (q, r, _) => (r.Method, r.Query, r.Database) = (Procedure + method, q.KeywordSent, q.Database is null ? string.Empty : SerpstatParams.Database("Database", q.Database)),
    };

    private static void StampResult(SerpstatKeywordQuery q, SerpstatSerpResult r, string? section) =>
        (r.Keyword, r.Database) = (q.KeywordSent, SerpstatParams.Database("Database", q.Database));
}
