using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Lists the AI engines tracked for projects, or reads one with -LlmId (free); SiteId and LlmId bind to the prompt, ranking and status cmdlets.</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerEngine")]
[OutputType(OutputTypeNames.AiTrackerEngine)]
public sealed class GetSrAiTrackerEngineCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>One engine of the project; all of them when absent.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long? LlmId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            if (LlmId is { } llm)
            {
                this.StreamRows(AiTrackerOperations.Engine, new AiTrackerEngineQuery { SiteId = id, LlmId = llm }, RowWindow.Everything, ProjectChecks.Project(id));
            }
            else
            {
                this.StreamRows(AiTrackerOperations.Engines, new AiTrackerSiteQuery { SiteId = id }, RowWindow.Everything, ProjectChecks.Project(id));
            }
        }
    }
}
