using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.Positions;

/// <summary>A project's position history (GET /sites/{site_id}/positions).</summary>
public sealed record ProjectPositionQuery
{
    public long SiteId { get; init; }

    /// <summary>First date; the API's default is a week back.</summary>
    public DateTime? From { get; init; }

    /// <summary>Last date; the API's default is today.</summary>
    public DateTime? To { get; init; }

    /// <summary>One of the project's engines; all when null.</summary>
    public long? SiteEngineId { get; init; }

    /// <summary>Only keywords ranking within this position (10: the first page).</summary>
    public int? InTop { get; init; }

    public bool LandingPages { get; init; }

    public bool SerpFeatures { get; init; }

    public bool ContentScore { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        ProjectChecks.Dates("From", From, "To", To);
        Check.Range("InTop", InTop, 1, 200);
        writer.AddId("site_id", site)
            .Add("date_from", From)
            .Add("date_to", To)
            .Add("site_engine_id", SiteEngineId is { } engine ? ProjectChecks.Id("SiteEngineId", engine) : null)
            .Add("in_top", (long?)InTop)
            .Add("with_landing_pages", LandingPages ? true : null)
            .Add("with_serp_features", SerpFeatures ? true : null)
            .Add("with_content_score", ContentScore ? true : null);
        writer.Target = ProjectChecks.Project(site);
    }
}

/// <summary>Dates of a project, optionally of one engine and a range: historical (comparison) dates and check dates.</summary>
public sealed record ProjectDatesQuery
{
    public long SiteId { get; init; }

    public long? SiteEngineId { get; init; }

    /// <summary>Check dates only.</summary>
    public DateTime? From { get; init; }

    /// <summary>Check dates only.</summary>
    public DateTime? To { get; init; }

    internal void WriteTo(RequestWriter writer, bool takesRange)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        if (!takesRange && (From is not null || To is not null))
        {
            throw new InvalidInputException("From", "-From and -To apply to check dates, not to the historical comparison dates.");
        }

        ProjectChecks.Dates("From", From, "To", To);
        writer.AddId("site_id", site)
            .Add("site_engine_id", SiteEngineId is { } engine ? ProjectChecks.Id("SiteEngineId", engine) : null)
            .Add("date_from", From)
            .Add("date_to", To);
        writer.Target = ProjectChecks.Project(site);
    }
}

/// <summary>A project's ranking chart (GET /sites/{site_id}/chart, unified /sites/positions/history).</summary>
public sealed record ProjectRankingTrendQuery
{
    /// <summary>The metrics the chart plots, as the API spells them.</summary>
    public static IReadOnlyList<string> Metrics { get; } = ["avg_pos", "visibility", "visibility_percent", "top10", "top10_percent"];

    public long SiteId { get; init; }

    public long? SiteEngineId { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>avg_pos (the API's default), visibility, visibility_percent, top10 or top10_percent.</summary>
    public string? Metric { get; init; }

    public long? GroupId { get; init; }

    public IReadOnlyList<long>? KeywordIds { get; init; }

    /// <summary>URL tags (phase B's Get-SrProjectUrlTag lists them).</summary>
    public IReadOnlyList<long>? TagIds { get; init; }

    internal string MetricSent => Check.OneOf("Metric", Metric, [.. Metrics]) ?? "avg_pos";

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        ProjectChecks.Dates("From", From, "To", To);
        writer.AddId("site_id", site)
            .Add("site_engine_id", SiteEngineId is { } engine ? ProjectChecks.Id("SiteEngineId", engine) : null)
            .Add("date_from", From)
            .Add("date_to", To)
            .Add("type", Metric is null ? null : MetricSent)
            .Add("group_id", GroupId is { } group ? ProjectChecks.Id("GroupId", group) : null);
        ProjectChecks.AddIdList(writer, "keywords_ids", ProjectChecks.Ids("KeywordId", KeywordIds), indexedWhenUnified: true);
        ProjectChecks.AddIdList(writer, "tags_ids", ProjectChecks.Ids("TagId", TagIds), indexedWhenUnified: true);
        writer.Target = ProjectChecks.Project(site);
    }
}

/// <summary>Ads counts of a project (GET /sites/{site_id}/ads, unified /sites/ads-stats).</summary>
public sealed record ProjectAdStatQuery
{
    public long SiteId { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    public IReadOnlyList<long>? SiteEngineIds { get; init; }

    public IReadOnlyList<long>? KeywordIds { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        ProjectChecks.Dates("From", From, "To", To);
        writer.AddId("site_id", site).Add("date_from", From).Add("date_to", To);
        ProjectChecks.AddIdList(writer, "site_engine_ids", ProjectChecks.Ids("SiteEngineId", SiteEngineIds), indexedWhenUnified: true);

        // The legacy reference spells the keyword filter keyword_ids; SE Ranking's n8n node sends keywords_ids to the unified host.
        ProjectChecks.AddIdList(writer, writer.Dialect == ProjectDialect.Unified ? "keywords_ids" : "keyword_ids", ProjectChecks.Ids("KeywordId", KeywordIds), indexedWhenUnified: true);
        writer.Target = ProjectChecks.Project(site);
    }
}

/// <summary>
/// A position check to start now (POST /sites/{site_id}/recheck): the whole project, one of its
/// engines, or chosen keywords on one engine.
/// </summary>
public sealed record ProjectRecheckQuery
{
    public long SiteId { get; init; }

    /// <summary>The engine to check; every engine of the project when null.</summary>
    public long? SiteEngineId { get; init; }

    /// <summary>Only these keywords (on <see cref="SiteEngineId"/>, which they need); every keyword when null.</summary>
    public IReadOnlyList<long>? KeywordIds { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var keywords = ProjectChecks.Ids("KeywordId", KeywordIds);
        long? engine = SiteEngineId is { } given ? ProjectChecks.Id("SiteEngineId", given) : null;
        writer.AddId("site_id", site);
        if (keywords is not null)
        {
            var onEngine = engine ?? throw new InvalidInputException("SiteEngineId", "-KeywordId needs -SiteEngineId: a keyword is rechecked on one of the project's engines.");
            writer.AddJson("keywords", keywords.Select(keyword => (IEnumerable<KeyValuePair<string, object?>>)
            [
                new("site_engine_id", onEngine),
                new("keyword_id", keyword),
            ]).ToList());
        }
        else
        {
            writer.Add("site_engine_id", engine);
        }

        writer.Target = ProjectChecks.Project(site)
            + (engine is { } e ? ", search engine " + e.ToString(CultureInfo.InvariantCulture) : string.Empty)
            + (keywords is { Count: var count } ? ", " + count.ToString("N0", CultureInfo.InvariantCulture) + (count == 1 ? " keyword" : " keywords") : string.Empty);
    }
}

/// <summary>A position set by hand (PUT /sites/{site_id}/position/, unified PATCH /sites/positions).</summary>
public sealed record ProjectPositionSetQuery
{
    public long SiteId { get; init; }

    public long KeywordId { get; init; }

    public long SiteEngineId { get; init; }

    public DateTime Date { get; init; }

    /// <summary>0–200; 0 means not found.</summary>
    public int Position { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var keyword = ProjectChecks.Id("KeywordId", KeywordId);
        var engine = ProjectChecks.Id("SiteEngineId", SiteEngineId);
        Check.Range("Position", Position, 0, 200);
        Check.NotFuture("Date", Date, DateTime.Today);
        if (Date == default)
        {
            throw new InvalidInputException("Date", "-Date is required: the day the position stands for.");
        }

        writer.AddId("site_id", site)
            .Add("keyword_id", keyword)
            .Add("date", Date)
            .Add("site_engine_id", engine)
            .Add("position", (long)Position);
        writer.Target = ProjectChecks.Project(site) + ", keyword " + keyword.ToString(CultureInfo.InvariantCulture) + " on " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
