using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.Positions;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project.Positions;

/// <summary>
/// Waits for position checks to finish, polling the projects' check dates with a progress bar,
/// and writes each check as it is done (free). Ctrl+C stops it; -TimeoutSec gives up.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "SrProjectRecheck")]
[OutputType(OutputTypeNames.ProjectRecheck)]
public sealed class WaitSrProjectRecheckCommand : SrCmdlet
{
    private const int ActivityId = 0x5e5f;

    private readonly List<ProjectRecheck> _rechecks = [];

    /// <summary>The project; from the pipeline by a SiteId property (Start-SrProjectRecheck output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The search engine checked; from the pipeline by a SiteEngineId property. Any engine of the project when absent.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    public long? SiteEngineId { get; set; }

    /// <summary>When the check was started (Start-SrProjectRecheck output); absent: today. A check date from that day on counts as done.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public DateTime? StartedAt { get; set; }

    /// <summary>Seconds between two rounds of reads (default 10).</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int PollIntervalSec { get; set; } = 10;

    /// <summary>Give up after this many seconds; the checks still running are reported as errors. Default: wait until done or Ctrl+C.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int TimeoutSec { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess() => _rechecks.Add(new ProjectRecheck
    {
        SiteId = SiteId,
        SiteEngineId = SiteEngineId,
        StartedAt = StartedAt ?? DateTime.Today,
    });

    protected override void OnEnd()
    {
        if (_rechecks.Count == 0)
        {
            return;
        }

        var options = new ProjectRecheckWaitOptions
        {
            PollInterval = TimeSpan.FromSeconds(PollIntervalSec),
            Timeout = TimeoutSec > 0 ? TimeSpan.FromSeconds(TimeoutSec) : null,
        };
        var progress = new ProgressRecord(ActivityId, "Waiting for SE Ranking position checks", "Reading check dates");
        try
        {
            var connection = ModuleSession.Require(ApiKind.SeRankingProject);
            var unfinished = this.Run((pump, trace, token) => connection.WaitAsync(
                _rechecks,
                options,
                recheck => pump.Post(() => WriteObject(recheck)),
                (done, total, elapsed) => pump.Post(() =>
                {
                    progress.StatusDescription = $"{done.ToString(CultureInfo.InvariantCulture)} of {total.ToString(CultureInfo.InvariantCulture)} done, {elapsed.TotalSeconds.ToString("N0", CultureInfo.InvariantCulture)} s";
                    progress.PercentComplete = total == 0 ? 100 : done * 100 / total;
                    WriteProgress(progress);
                }),
                trace,
                token));
            foreach (var recheck in unfinished)
            {
                WriteFailure(
                    new TimeoutException($"The position check of project {recheck.SiteId.ToString(CultureInfo.InvariantCulture)} was still running after {TimeoutSec.ToString(CultureInfo.InvariantCulture)} s: no check date from {recheck.StartedAt:yyyy-MM-dd} on yet. Wait again later (Wait-SrProjectRecheck -SiteId {recheck.SiteId.ToString(CultureInfo.InvariantCulture)}) or raise -TimeoutSec."),
                    recheck.SiteId);
            }
        }
        finally
        {
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
        }
    }
}
