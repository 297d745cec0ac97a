using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat;

/// <summary>
/// What Serpstat's operations share (§2, §4): one URL for every method, rows in <c>result.data</c>,
/// the total and the balance in <c>result.summary_info</c>, and paging by <c>page</c> and
/// <c>size</c> (at most 1,000 a page) that reaches no further than row 60,000 of a list.
/// </summary>
public static class SerpstatRpc
{
    /// <summary>Every method is POSTed to the base URL itself.</summary>
    public const string Url = "";

    /// <summary>The most rows paging reaches in one list (SS-MCP MAX_TOP_SIZE).</summary>
    public const int Ceiling = 60_000;

    /// <summary>The most rows of one page.</summary>
    public const int MaxPage = 1000;

    /// <summary>Where the total of a list is.</summary>
    public const string TotalAnswer = "result.summary_info.total";

    /// <summary>Rows under <c>result.data</c> (an array; the first array under result when data is missing).</summary>
    public static RowLocation DataRows { get; } = RowLocation.InProperty("data").Under("result");

    /// <summary>
    /// Pages of <c>page</c> and <c>size</c>: <paramref name="defaultSize"/> rows without -First or
    /// -All, at most <paramref name="maxSize"/> (at least <paramref name="minSize"/>) a page, and
    /// no further than row 60,000, beyond which <paramref name="export"/> is the way.
    /// </summary>
    public static Paging Pages(int defaultSize = 100, int maxSize = MaxPage, int minSize = 1, string? export = null) =>
        Paging.PageAndSize(defaultSize, maxSize) with { MinSize = minSize, Ceiling = Ceiling, BeyondCeiling = export, TotalAnswer = TotalAnswer, AlignSkip = true };

    /// <summary>One request of up to <paramref name="maxSize"/> rows (<c>size</c> only: the method takes no page).</summary>
    public static Paging Size(int defaultSize = 100, int maxSize = MaxPage, int minSize = 1) =>
        Paging.Limit(defaultSize, maxSize) with { LimitName = "size", MinSize = minSize, TotalAnswer = TotalAnswer };
}

/// <summary>Source-generated metadata of every Serpstat row.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(Domain.SerpstatDomainSummary))]
[JsonSerializable(typeof(Domain.SerpstatDomainHistoryPoint))]
[JsonSerializable(typeof(Domain.SerpstatRankedKeyword))]
[JsonSerializable(typeof(Domain.SerpstatCompetitor))]
[JsonSerializable(typeof(Domain.SerpstatChange))]
[JsonSerializable(typeof(Domain.SerpstatAdKeyword))]
[JsonSerializable(typeof(Domain.SerpstatAdCompetitor))]
[JsonSerializable(typeof(Domain.SerpstatDomainRegion))]
[JsonSerializable(typeof(Domain.SerpstatPage))]
[JsonSerializable(typeof(Domain.SerpstatKeywordIntersection))]
[JsonSerializable(typeof(Domain.SerpstatExport))]
[JsonSerializable(typeof(Keywords.SerpstatKeyword))]
[JsonSerializable(typeof(Keywords.SerpstatSerpResult))]
[JsonSerializable(typeof(Url.SerpstatUrlTraffic))]
[JsonSerializable(typeof(Url.SerpstatUrlCompetitor))]
[JsonSerializable(typeof(Limits.SerpstatLimits))]
[JsonSerializable(typeof(Limits.SerpstatAuditLimits))]
[JsonSerializable(typeof(Backlinks.SerpstatBacklinkSummary))]
[JsonSerializable(typeof(Backlinks.SerpstatBacklink))]
[JsonSerializable(typeof(Backlinks.SerpstatLinkingDomain))]
[JsonSerializable(typeof(Backlinks.SerpstatAnchor))]
[JsonSerializable(typeof(Backlinks.SerpstatBacklinkIntersectionSummary))]
[JsonSerializable(typeof(Backlinks.SerpstatBacklinkDistribution))]
[JsonSerializable(typeof(Backlinks.SerpstatBacklinkChange))]
[JsonSerializable(typeof(Backlinks.SerpstatThreat))]
[JsonSerializable(typeof(Backlinks.SerpstatLinkedPage))]
[JsonSerializable(typeof(Projects.SerpstatProject))]
[JsonSerializable(typeof(Projects.SerpstatWriteResult))]
[JsonSerializable(typeof(Team.SerpstatTeamMember))]
[JsonSerializable(typeof(RankTracker.SerpstatRankProject))]
[JsonSerializable(typeof(RankTracker.SerpstatRankRegion))]
[JsonSerializable(typeof(RankTracker.SerpstatRankStatus))]
[JsonSerializable(typeof(RankTracker.SerpstatRankKeyword))]
[JsonSerializable(typeof(RankTracker.SerpstatRankCompetitor))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class SerpstatJsonContext : JsonSerializerContext
{
}
