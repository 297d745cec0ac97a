using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>What every cmdlet about one AI engine of a project takes: the project and the engine, by property name from Get-SrAiTrackerEngine.</summary>
public abstract class AiTrackerEngineCmdlet : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The project's AI engine (<c>llm_id</c>); from the pipeline by an LlmId property (Get-SrAiTrackerEngine output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("llm_id", "site_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long LlmId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);
}
