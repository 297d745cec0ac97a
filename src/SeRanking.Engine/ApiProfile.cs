using System;
using System.Collections.Generic;

namespace SeRanking.Engine;

/// <summary>Where an API wants its key.</summary>
public enum KeyPlacement
{
    /// <summary>The header <c>Authorization: Token KEY</c> (SE Ranking): never in a URL that can be logged.</summary>
    AuthorizationToken,

    /// <summary>The query parameter <c>token=KEY</c> (Serpstat, which takes nothing else); scrubbed from every trace.</summary>
    QueryToken,
}

/// <summary>
/// The facts of one API in one place: its names, base URL and rate, the shape of its keys and
/// where they go, where users find them, and the advice its failures deserve. Everything that
/// differs between the three APIs is read from here rather than decided by a switch elsewhere.
/// </summary>
public sealed class ApiProfile
{
    public static ApiProfile Data { get; } = new()
    {
        Kind = ApiKind.SeRankingData,
        DisplayName = "SE Ranking Data API",
        CatalogueName = "data",
        DefaultBaseUri = new Uri("https://api.seranking.com/"),
        DefaultRequestsPerSecond = 10,
        KeyPlacement = KeyPlacement.AuthorizationToken,
        VersionSegment = "v1",
        KeyName = "Data API key",
        KeyShape = KeyShape.Uuid,
        KeyExample = "a UUID such as 80cfee7d-xxxx-xxxx-xxxx-fc8500816bb3 (8-4-4-4-12 hexadecimal digits)",
        KeyWhereToFind = "Find it in SE Ranking under Profile & Preferences > API Dashboard.",
        KeyVariable = "SERANKING_DATA_API_KEY",
        UrlVariable = "SERANKING_DATA_API_URL",
        AuthenticationAdvice = "Check the {0} (a UUID from Profile & Preferences > API Dashboard): it may be mistyped, disabled or a Project API key.",
        FundsAdvice = "Top up the account or ask SE Ranking support to enable overage; the free subscription call shows the credits left.",
        LicenseAdvice = "Renew the SE Ranking API subscription.",
    };

    public static ApiProfile Project { get; } = new()
    {
        Kind = ApiKind.SeRankingProject,
        DisplayName = "SE Ranking Project API",
        CatalogueName = "project",
        DefaultBaseUri = new Uri("https://api4.seranking.com/"),
        DefaultRequestsPerSecond = 5,
        KeyPlacement = KeyPlacement.AuthorizationToken,
        UnifiedBaseUri = new Uri("https://api.seranking.com/"),
        UnifiedPathPrefix = "v1/project-management/",
        KeyName = "Project API key",
        KeyShape = KeyShape.Hex40,
        KeyExample = "the SE Ranking API key, a UUID such as 80cfee7d-xxxx-xxxx-xxxx-fc8500816bb3 (for the unified host api.seranking.com), or a legacy Project API key of 40 hexadecimal characters such as 253a73adxxxxxxxxxxxxxxxxxxxxxxxx340aa0a939 (for api4.seranking.com)",
        KeyWhereToFind = "Find the SE Ranking API key under Profile & Preferences > API Dashboard (a legacy Project API key was under Settings > API).",
        KeyVariable = "SERANKING_PROJECT_API_KEY",
        UrlVariable = "SERANKING_PROJECT_API_URL",
        AuthenticationAdvice = "Check the {0} (a UUID from Profile & Preferences > API Dashboard for the unified host, or a legacy 40-hex key from Settings > API for api4.seranking.com): it may be mistyped or revoked; the Project API also needs a Business or Enterprise plan.",
        FundsAdvice = "Top up the account or ask SE Ranking support to enable overage; the free subscription call shows the credits left.",
        LicenseAdvice = "Renew the SE Ranking subscription; the Project API needs an active Business or Enterprise plan.",
    };

    public static ApiProfile Serpstat { get; } = new()
    {
        Kind = ApiKind.Serpstat,
        DisplayName = "Serpstat API",
        CatalogueName = "serpstat",
        DefaultBaseUri = new Uri("https://api.serpstat.com/v4"),
        DefaultRequestsPerSecond = 1,
        KeyPlacement = KeyPlacement.QueryToken,
        BaseIsEndpoint = true,
        JsonRpc = true,
        SecondBaseUri = new Uri("https://serpstat.com/rt/api/v2/"),
        BalanceAnswer = "result.summary_info.left_lines",
        BalanceName = "lines left",
        RateSafetyMargin = TimeSpan.FromMilliseconds(20),
        KeyName = "Serpstat API token",
        KeyShape = KeyShape.Hex32,
        KeyExample = "32 hexadecimal characters",
        KeyWhereToFind = "Find it in your Serpstat profile under API.",
        KeyVariable = "SERPSTAT_API_TOKEN",
        UrlVariable = "SERPSTAT_API_URL",
        AuthenticationAdvice = "Check the {0} (32 hexadecimal characters from your Serpstat profile): it may be mistyped or blocked.",
        FundsAdvice = "The plan's API credits (lines) are used up for this period; buy more or wait for the next period.",
        LicenseAdvice = "Renew the Serpstat plan or choose one that includes this method.",
    };

    /// <summary>The three profiles.</summary>
    public static IReadOnlyList<ApiProfile> All { get; } = [Data, Project, Serpstat];

    private ApiProfile()
    {
    }

    public static ApiProfile Of(ApiKind api) => api switch
    {
        ApiKind.SeRankingData => Data,
        ApiKind.SeRankingProject => Project,
        ApiKind.Serpstat => Serpstat,
        _ => throw new ArgumentOutOfRangeException(nameof(api), api, "Unknown API."),
    };

    public required ApiKind Kind { get; init; }

    /// <summary>How every message names it: "SE Ranking Data API".</summary>
    public required string DisplayName { get; init; }

    /// <summary>Its name in the credit catalogue: <c>data</c>, <c>project</c>, <c>serpstat</c>.</summary>
    public required string CatalogueName { get; init; }

    /// <summary>The real service.</summary>
    public required Uri DefaultBaseUri { get; init; }

    /// <summary>The published per-key rate on most plans.</summary>
    public required int DefaultRequestsPerSecond { get; init; }

    public required KeyPlacement KeyPlacement { get; init; }

    /// <summary>The base URL is the one endpoint every call goes to (Serpstat's JSON-RPC), used exactly as given.</summary>
    public bool BaseIsEndpoint { get; init; }

    /// <summary>
    /// Every call is a JSON-RPC body <c>{"id", "method", "params"}</c>, and an answer may carry its
    /// error in an <c>error</c> member under HTTP 200 (Serpstat).
    /// </summary>
    public bool JsonRpc { get; init; }

    /// <summary>
    /// The other endpoint some methods go to (Serpstat's SERP crawling, <c>tasks.*</c>, §14), with
    /// the same key and limiter; null when the API has one. A base URL given by the user
    /// (-ApiUrl, the URL variable) replaces both, so that one test server or proxy serves all.
    /// </summary>
    public Uri? SecondBaseUri { get; init; }

    /// <summary>Where every answer says the credits left on the account (a dotted path), when it does.</summary>
    public string? BalanceAnswer { get; init; }

    /// <summary>
    /// Extra spacing the rate limiter keeps beyond the window, for the jitter between a request
    /// leaving and the API counting it. A request with a body is stamped when it actually left
    /// (RollingWindowRateLimiter.Restamp), so the margin covers only the network's jitter; a GET
    /// is stamped when its answer arrived, later than the server counted it. Serpstat's requests
    /// all have a body, and at 1 request a second every millisecond of margin is a thousandth of
    /// the throughput: 20 ms there, 40 ms elsewhere.
    /// </summary>
    public TimeSpan RateSafetyMargin { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>How -Verbose names that balance: "lines left".</summary>
    public string BalanceName { get; init; } = "credits left";

    /// <summary>
    /// The Project API's host in its unified dialect (the Data API's host), where the legacy key's
    /// host is <see cref="DefaultBaseUri"/>; null for the other APIs.
    /// </summary>
    public Uri? UnifiedBaseUri { get; init; }

    /// <summary>What every unified Project API path starts with (<c>v1/project-management/</c>).</summary>
    public string? UnifiedPathPrefix { get; init; }

    /// <summary>The version segment paths start with; a base URL ending in it would double it, so it is dropped.</summary>
    public string? VersionSegment { get; init; }

    /// <summary>What the provider calls the key.</summary>
    public required string KeyName { get; init; }

    internal KeyShape KeyShape { get; init; }

    /// <summary>What a key looks like, for messages.</summary>
    public required string KeyExample { get; init; }

    public required string KeyWhereToFind { get; init; }

    /// <summary>The environment variable a runbook keeps the key in.</summary>
    public required string KeyVariable { get; init; }

    /// <summary>The environment variable that overrides the base URL.</summary>
    public required string UrlVariable { get; init; }

    /// <summary>Advice when the key is refused; <c>{0}</c> is the masked key.</summary>
    public required string AuthenticationAdvice { get; init; }

    public required string FundsAdvice { get; init; }

    public required string LicenseAdvice { get; init; }

    public override string ToString() => DisplayName;
}

/// <summary>The shapes keys come in.</summary>
internal enum KeyShape
{
    Uuid,
    Hex40,
    Hex32,
}
