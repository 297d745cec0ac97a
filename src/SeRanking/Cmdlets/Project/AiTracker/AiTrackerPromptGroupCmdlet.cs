using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>What the cmdlets about one prompt group take: the project and the group, by property name from Get-SrAiTrackerPromptGroup.</summary>
public abstract class AiTrackerPromptGroupCmdlet : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The prompt group; from the pipeline by a GroupId property (Get-SrAiTrackerPromptGroup output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long GroupId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);
}
