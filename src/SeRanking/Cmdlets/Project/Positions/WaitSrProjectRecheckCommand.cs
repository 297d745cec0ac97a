using System;
using System.Collections.Generic;
using System.Globalization;
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
public sealed class WaitSrProjectRecheckCommand : JobWaitCmdlet
{
    private readonly List<ProjectRecheck> _rechecks = [];

    /// <summary>Checks take minutes: reading every 10 seconds (not every wait's 5) is soon enough.</summary>
    public WaitSrProjectRecheckCommand() => PollIntervalSec = 10;

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

        var connection = ModuleSession.Require(ApiKind.SeRankingProject);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<ProjectRecheck, ProjectRecheck>(
            "Waiting for SE Ranking position checks",
            (observer, trace, cancellationToken) => connection.WaitAsync(_rechecks, options, observer, trace, cancellationToken),
            (_, recheck) => recheck,
            ProjectRecheckWaiter.Describe,
            recheck => "Wait-SrProjectRecheck -SiteId " + recheck.SiteId.ToString(CultureInfo.InvariantCulture) + (recheck.SiteEngineId is { } engine ? " -SiteEngineId " + engine.ToString(CultureInfo.InvariantCulture) : string.Empty),
            TimeoutSec);
    }
}
