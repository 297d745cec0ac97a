using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Waits until the tracking round of AI engines is done, polling their status with a progress bar, and writes each status as it finishes (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SrAiTrackerEngine")]
[OutputType(OutputTypeNames.AiTrackerStatus)]
public sealed class WaitSrAiTrackerEngineCommand : JobWaitCmdlet
{
    private readonly List<AiTrackerEngineQuery> _engines = [];

    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The project's AI engine; from the pipeline by an LlmId property (Get-SrAiTrackerEngine or Add-SrAiTrackerEngine output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("llm_id", "site_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long LlmId { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess() => _engines.Add(new AiTrackerEngineQuery { SiteId = SiteId, LlmId = LlmId });

    protected override void OnEnd()
    {
        if (_engines.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingProject);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<AiTrackerEngineQuery, AiTrackerStatus>(
            "Waiting for SE Ranking AI tracking",
            (observer, trace, cancellationToken) => connection.WaitAsync(_engines, options, observer, trace, cancellationToken),
            (_, status) => status,
            AiTrackerCalls.Describe,
            engine => string.Format(CultureInfo.InvariantCulture, "Wait-SrAiTrackerEngine -SiteId {0} -LlmId {1}", engine.SiteId, engine.LlmId),
            TimeoutSec);
    }
}
