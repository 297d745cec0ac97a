using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.AiTracker;

/// <summary>
/// The AI Result Tracker reads published for the unified host only (seranking-unified.md
/// #124–#130, SE Ranking's n8n node v2.1.0): cited sources and competitors. On a legacy (api4)
/// connection they stop before sending, naming <c>Connect-SeRanking -ApiKey</c>. Free.
/// </summary>
public static class AiTrackerSourceOperations
{
    private const string NoLegacy = "SE Ranking published it with the unified API (n8n node v2.1.0); api4 has no path for it";

    public static Operation<AiTrackerSourceQuery, AiTrackerSourceSummary> Summary { get; } = new(
        ProjectRoutes.UnifiedOnly("GET airt/sources/summary", NoLegacy), Json.AiTrackerSourceSummary, (q, w) => q.WriteTo(w, AiTrackerSourceRead.Summary))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.From, r.To) = (q.SiteId, q.From?.Date, q.To?.Date),
    };

    public static Operation<AiTrackerSourceQuery, AiTrackerSourceRecommendation> Recommendations { get; } = new(
        ProjectRoutes.UnifiedOnly("GET airt/sources/recommendations", NoLegacy), Json.AiTrackerSourceRecommendation, (q, w) => q.WriteTo(w, AiTrackerSourceRead.Recommendations))
    {
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>Cited domains, 100 a page at most.</summary>
    public static Operation<AiTrackerSourceQuery, AiTrackerSourceDomain> Domains { get; } = new(
        ProjectRoutes.UnifiedOnly("GET airt/sources/domains", NoLegacy), Json.AiTrackerSourceDomain, (q, w) => q.WriteTo(w, AiTrackerSourceRead.Domains))
    {
        Paging = Paging.OffsetAndLimit(100, 100),
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>Cited pages, 100 a page at most.</summary>
    public static Operation<AiTrackerSourceQuery, AiTrackerSourcePage> Pages { get; } = new(
        ProjectRoutes.UnifiedOnly("GET airt/sources/pages", NoLegacy), Json.AiTrackerSourcePage, (q, w) => q.WriteTo(w, AiTrackerSourceRead.Pages))
    {
        Paging = Paging.OffsetAndLimit(100, 100),
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    public static Operation<AiTrackerCompetitorQuery, AiTrackerCompetitor> Competitors { get; } = new(
        ProjectRoutes.UnifiedOnly("GET airt/competitors", NoLegacy), Json.AiTrackerCompetitor, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => (r.SiteId, r.LlmId) = (q.SiteId, q.LlmId),
    };

    public static Operation<AiTrackerCompetitorDateQuery, AiTrackerCompetitorDate> CompetitorDates { get; } = new(
        ProjectRoutes.UnifiedOnly("GET airt/competitors/dates", NoLegacy), Json.AiTrackerCompetitorDate, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.LlmId, r.PromptLlmId) = (q.SiteId, q.LlmId, q.PromptLlmId),
        Expand = row => row.Expand(),
    };

    public static Operation<AiTrackerCompetitorSourceQuery, AiTrackerCompetitorSource> CompetitorSources { get; } = new(
        ProjectRoutes.UnifiedOnly("GET airt/competitors/source-metrics", NoLegacy), Json.AiTrackerCompetitorSource, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => (r.SiteId, r.LlmId, r.PromptLlmId, r.Date) = (q.SiteId, q.LlmId, q.PromptLlmId, q.Date?.Date),
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [Summary, Recommendations, Domains, Pages, Competitors, CompetitorDates, CompetitorSources];

    private static AiTrackerSourceJsonContext Json => AiTrackerSourceJsonContext.Default;
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(AiTrackerSourceSummary))]
[JsonSerializable(typeof(AiTrackerSourceRecommendation))]
[JsonSerializable(typeof(AiTrackerSourceDomain))]
[JsonSerializable(typeof(AiTrackerSourcePage))]
[JsonSerializable(typeof(AiTrackerCompetitor))]
[JsonSerializable(typeof(AiTrackerCompetitorDate))]
[JsonSerializable(typeof(AiTrackerCompetitorSource))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class AiTrackerSourceJsonContext : JsonSerializerContext
{
}
