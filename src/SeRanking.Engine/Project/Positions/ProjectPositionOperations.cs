using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Positions;

/// <summary>
/// Positions and their dates (Project reference §3 "GET /sites/{site_id}/positions", "Other
/// project reads", "Position checks"; unified map §5.2 #17–#23). Free; a recheck starts checks
/// the plan pays for, so it is never sent twice once it may have arrived.
/// </summary>
public static class ProjectPositionOperations
{
    /// <summary>
    /// Position history, read block by block and keyword by keyword as it arrives, one row per
    /// keyword × engine × date (<see cref="ProjectPosition.PerDate"/>).
    /// </summary>
    public static Operation<ProjectPositionQuery, ProjectPosition> Positions { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/positions", "GET sites/positions"), Json.ProjectPosition, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InEachElement("keywords", "site_engine_id"),
        Stamp = (q, r, section) => (r.SiteId, r.SiteEngineId) = (q.SiteId, long.TryParse(section, NumberStyles.Integer, CultureInfo.InvariantCulture, out var engine) ? engine : q.SiteEngineId),
        Expand = r => r.PerDate(),
    };

    /// <summary>The standard comparison dates (legacy <c>historicalDates</c>, unified <c>sites/positions/checkpoints</c>).</summary>
    public static Operation<ProjectDatesQuery, ProjectHistoricalDate> HistoricalDates { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/historicalDates", "GET sites/positions/checkpoints"), Json.ProjectHistoricalDate, (q, w) => q.WriteTo(w, takesRange: false))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.SiteEngineId) = (q.SiteId, q.SiteEngineId),
        Expand = r => r.Spread(),
    };

    /// <summary>The dates positions were actually checked on: what a recheck is waited on by.</summary>
    public static Operation<ProjectDatesQuery, ProjectCheckDate> CheckDates { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/check-dates", "GET sites/check-dates"), Json.ProjectCheckDate, (q, w) => q.WriteTo(w, takesRange: true))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.SiteEngineId) = (q.SiteId, q.SiteEngineId),
        Expand = r => r.Spread(),
    };

    /// <summary>Chart series (legacy <c>chart</c>, unified <c>sites/positions/history</c>), one row per series and date.</summary>
    public static Operation<ProjectRankingTrendQuery, ProjectRankingTrend> RankingTrend { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/chart", "GET sites/positions/history"), Json.ProjectRankingTrend, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.Metric) = (q.SiteId, q.MetricSent),
        Expand = r => r.Spread(),
    };

    /// <summary>Daily ads counts (legacy <c>ads</c>, unified <c>sites/ads-stats</c>).</summary>
    public static Operation<ProjectAdStatQuery, ProjectAdStat> AdStats { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/ads", "GET sites/ads-stats"), Json.ProjectAdStat, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
        Expand = r => r.Spread(),
    };

    /// <summary>Starts a position check now; its results appear in the positions later (poll the check dates).</summary>
    public static Operation<ProjectRecheckQuery, ProjectWriteAnswer> Recheck { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/recheck", "POST sites/positions/recheck"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Sets a position by hand (PUT with the legacy trailing slash; PATCH on the unified host).</summary>
    public static Operation<ProjectPositionSetQuery, ProjectWriteAnswer> SetPosition { get; } = new(
        ProjectRoutes.Both("PUT sites/{site_id}/position/", "PATCH sites/positions"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [Positions, HistoricalDates, CheckDates, RankingTrend, AdStats, Recheck, SetPosition];

    private static ProjectPositionJsonContext Json => ProjectPositionJsonContext.Default;
}

/// <summary>Reads positions back after a change.</summary>
public static class ProjectPositionCalls
{
    /// <summary>The rows of the keyword, engine and day a manual position was set for (empty when the day is no check date).</summary>
    public static async Task<IReadOnlyList<ProjectPosition>> PositionOnAsync(this ApiConnection connection, ProjectPositionSetQuery set, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var rows = await connection.ListAsync(
            ProjectPositionOperations.Positions,
            new ProjectPositionQuery { SiteId = set.SiteId, SiteEngineId = set.SiteEngineId, From = set.Date.Date, To = set.Date.Date },
            trace,
            cancellationToken).ConfigureAwait(false);
        return rows.Where(row => row.KeywordId == set.KeywordId).ToList();
    }
}

/// <summary>A position check that was started: what Wait-SrProjectRecheck waits for.</summary>
[TableView("SiteId", "SiteEngineId", "KeywordCount", "Status", "StartedAt", "CheckedOn")]
public sealed class ProjectRecheck
{
    public long SiteId { get; set; }

    /// <summary>The engine checked; null for every engine of the project.</summary>
    public long? SiteEngineId { get; set; }

    /// <summary>The keywords checked; null for every keyword.</summary>
    public long? KeywordCount { get; set; }

    /// <summary>Started, Done, or TimedOut.</summary>
    public string Status { get; set; } = "Started";

    /// <summary>When the check was asked for (local time).</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>The check date that appeared for it, once done.</summary>
    public DateTime? CheckedOn { get; set; }
}

/// <summary>
/// Waits for position checks: the API has no status for a recheck, so a check counts as done
/// when its day appears among the project's check dates (of its engine, when it names one). A
/// check that had already run earlier that day therefore counts as done at once.
/// </summary>
public static class ProjectRecheckWaiter
{
    /// <summary>Starts a check and describes it, for <see cref="WaitAsync"/>.</summary>
    public static async Task<ProjectRecheck> StartAsync(this ApiConnection connection, ProjectRecheckQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var started = DateTime.Now;
        _ = await connection.SendAsync(ProjectPositionOperations.Recheck, query, trace, cancellationToken).ConfigureAwait(false);
        return new ProjectRecheck
        {
            SiteId = query.SiteId,
            SiteEngineId = query.SiteEngineId,
            KeywordCount = query.KeywordIds?.Distinct().Count(),
            StartedAt = started,
        };
    }

    /// <summary>
    /// Polls the check dates of each recheck's project (one read per recheck and round, through the
    /// key's rate limiter) until a date from the day it was started appears; each recheck goes to
    /// <paramref name="observer"/> as Done the moment it is. Those still waiting at the timeout are
    /// returned, marked TimedOut. The same loop as every other wait (<see cref="JobPoller"/>).
    /// </summary>
    public static async Task<IReadOnlyList<ProjectRecheck>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<ProjectRecheck> rechecks,
        PollOptions options,
        IJobPollObserver<ProjectRecheck, ProjectRecheck> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default)
    {
        var unfinished = await JobPoller.WaitAsync(
            rechecks,
            (recheck, token) => ReadAsync(connection, recheck, trace, token),
            recheck => recheck.CheckedOn is null ? new JobReading(JobStage.Running, "checking", "no check date yet") : new JobReading(JobStage.Done, recheck.Status),
            Describe,
            options,
            observer,
            cancellationToken).ConfigureAwait(false);
        foreach (var recheck in unfinished)
        {
            recheck.Status = "TimedOut";
        }

        return unfinished;
    }

    /// <summary>How messages name a recheck: "position check of project 8812345".</summary>
    public static string Describe(ProjectRecheck recheck) =>
        "position check of project " + (recheck ?? throw new ArgumentNullException(nameof(recheck))).SiteId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<ProjectRecheck> ReadAsync(ApiConnection connection, ProjectRecheck recheck, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var day = recheck.StartedAt.Date;
        var dates = await connection.ListAsync(
            ProjectPositionOperations.CheckDates,
            new ProjectDatesQuery { SiteId = recheck.SiteId, SiteEngineId = recheck.SiteEngineId, From = day, To = DateTime.Today < day ? day : DateTime.Today },
            trace,
            cancellationToken).ConfigureAwait(false);
        var checkedOn = dates.Where(date => date.Date.Date >= day && (recheck.SiteEngineId is null || date.SiteEngineId is null || date.SiteEngineId == recheck.SiteEngineId))
            .Select(date => (DateTime?)date.Date.Date).Min();
        if (checkedOn is { } found)
        {
            recheck.Status = "Done";
            recheck.CheckedOn = found;
        }

        return recheck;
    }
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectPosition))]
[JsonSerializable(typeof(ProjectHistoricalDate))]
[JsonSerializable(typeof(ProjectCheckDate))]
[JsonSerializable(typeof(ProjectRankingTrend))]
[JsonSerializable(typeof(ProjectAdStat))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectPositionJsonContext : JsonSerializerContext
{
}
