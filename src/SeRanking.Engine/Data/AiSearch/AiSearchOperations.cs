using System.Net.Http;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Data.AiSearch;

/// <summary>
/// The AI search paths of the Data API (§6) as operations. Not described: the legacy single
/// path GET ai-search/overview, superseded by the paths below. The <c>/current</c> paths are
/// inferred from a switch of SE Ranking's hosted MCP server (view = current | time-series), not
/// confirmed: if the API answers them 404, the time-series path of the same view answers instead
/// (<see cref="Operation{TQuery, TRow}.WhenPathMissing"/>), at the same price.
/// </summary>
public static class AiSearchOperations
{
    /// <summary>The most prompts one request may ask for (prompts-by-brand: 1–1000; the same bound is assumed for prompts-by-target).</summary>
    public const int MaxPromptsPerPage = 1000;

    /// <summary>
    /// The prompts a request asks for when no -First is given: 20 (the official MCP's default
    /// for prompts-by-target) rather than the API's 100, since each prompt costs 200 credits.
    /// </summary>
    public const int DefaultPrompts = 20;

    /// <summary>GET /v1/ai-search/overview/by-engine/time-series: one engine's overview with monthly history; 2,000 credits (the safe side of 800/2,000).</summary>
    public static Operation<AiSearchOverviewQuery, AiSearchOverview> OverviewByEngine { get; } = Overview("by-engine", byEngine: true);

    /// <summary>GET /v1/ai-search/overview/aggregated/time-series: every engine together; 2,000 credits.</summary>
    public static Operation<AiSearchOverviewQuery, AiSearchOverview> OverviewAggregated { get; } = Overview("aggregated", byEngine: false);

    /// <summary>GET /v1/ai-search/overview/by-engine/current: one engine's latest summary only; 2,000 credits.</summary>
    public static Operation<AiSearchOverviewQuery, AiSearchOverview> CurrentByEngine { get; } = Overview("by-engine", byEngine: true, current: OverviewByEngine);

    /// <summary>GET /v1/ai-search/overview/aggregated/current: every engine together, latest summary only; 2,000 credits.</summary>
    public static Operation<AiSearchOverviewQuery, AiSearchOverview> CurrentAggregated { get; } = Overview("aggregated", byEngine: false, current: OverviewAggregated);

    /// <summary>
    /// POST /v1/ai-search/overview/leaderboard: a target against up to 10 competitors; 7,500 credits.
    /// Marked a read, so that a 504 (the gateway's ~60 s cap) is asked again: an unfinished
    /// request is not billed and the server keeps its partial work, so repeating it cannot bill twice.
    /// </summary>
    public static Operation<AiSearchLeaderboardQuery, AiSearchLeaderboard> Leaderboard { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Post, "v1/ai-search/overview/leaderboard", "ai-search/overview/leaderboard", Json.AiSearchLeaderboard, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Safety = RequestSafety.Read,
        Stamp = (q, r, _) => (r.Target, r.Source, r.Scope) = (q.Target.Trim(), Check.Source("Source", q.Source), q.Scope),
    };

    /// <summary>GET /v1/ai-search/discover-brand: the brand of a target; 100 credits.</summary>
    public static Operation<AiSearchBrandQuery, AiSearchBrand> DiscoverBrand { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/ai-search/discover-brand", "ai-search/discover-brand", Json.AiSearchBrand, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.Target, r.Source, r.Scope) = (q.Target.Trim(), Check.Source("Source", q.Source), q.Scope),
    };

    /// <summary>GET /v1/ai-search/prompts-by-target: prompts whose answers cite a target; 200 credits per prompt.</summary>
    public static Operation<AiSearchPromptQuery, AiSearchPrompt> PromptsByTarget { get; } = Prompts("prompts-by-target", byBrand: false);

    /// <summary>GET /v1/ai-search/prompts-by-brand: prompts whose answers mention a brand; 200 credits per prompt.</summary>
    public static Operation<AiSearchPromptQuery, AiSearchPrompt> PromptsByBrand { get; } = Prompts("prompts-by-brand", byBrand: true);

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrDataApi.</summary>
    public static Operation[] AllOperations => [OverviewByEngine, OverviewAggregated, CurrentByEngine, CurrentAggregated, Leaderboard, DiscoverBrand, PromptsByTarget, PromptsByBrand];

    private static AiSearchJsonContext Json => AiSearchJsonContext.Default;

    /// <param name="view">by-engine or aggregated.</param>
    /// <param name="byEngine">Whether the query names an engine.</param>
    /// <param name="current">For the /current path: the time-series operation that answers when the API does not know it.</param>
    private static Operation<AiSearchOverviewQuery, AiSearchOverview> Overview(string view, bool byEngine, Operation<AiSearchOverviewQuery, AiSearchOverview>? current = null) => new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/ai-search/overview/" + view + (current is null ? "/time-series" : "/current"), "ai-search/overview", Json.AiSearchOverview, (q, w) => q.WriteTo(w, byEngine))
    {
        Rows = RowLocation.Document,
        WhenPathMissing = current,
        Stamp = (q, r, _) =>
        {
            (r.Target, r.Source, r.Scope) = (q.Target.Trim(), Check.Source("Source", q.Source), q.Scope);
            r.Engine = byEngine ? q.Engine!.Trim().ToLowerInvariant() : "aggregated";
            r.Brand = q.Brand?.Trim() ?? r.Brand;
        },
    };

    private static Operation<AiSearchPromptQuery, AiSearchPrompt> Prompts(string command, bool byBrand) => new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/ai-search/" + command, "ai-search/" + command, Json.AiSearchPrompt, (q, w) => q.WriteTo(w, byBrand))
    {
        Paging = Paging.OffsetAndLimit(DefaultPrompts, MaxPromptsPerPage),
        Rows = RowLocation.InProperty("prompts"),
        Stamp = (q, r, _) =>
        {
            (r.Target, r.Brand, r.Scope) = (q.Target?.Trim(), q.Brand?.Trim(), q.Scope);
            (r.Engine, r.Source) = (q.Engine.Trim().ToLowerInvariant(), Check.Source("Source", q.Source));
        },
    };
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(AiSearchOverview))]
[JsonSerializable(typeof(AiSearchLeaderboard))]
[JsonSerializable(typeof(AiSearchBrand))]
[JsonSerializable(typeof(AiSearchPrompt))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class AiSearchJsonContext : JsonSerializerContext
{
}
