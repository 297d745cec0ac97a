using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Lists the AI-tracker prompt groups of projects with their prompt counts (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerPromptGroup")]
[OutputType(OutputTypeNames.AiTrackerPromptGroup)]
public sealed class GetSrAiTrackerPromptGroupCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>Count only the prompts of these engines (site_llm_ids); all engines when absent.</summary>
    [Parameter]
    [Alias("site_llm_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? LlmId { get; set; }

    /// <summary>Only groups whose name matches (wildcards, matched locally).</summary>
    [Parameter]
    [SupportsWildcards]
    public string? Name { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var pattern = Name is null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
        foreach (var id in SiteId)
        {
            this.StreamRows(AiTrackerOperations.PromptGroups, new AiTrackerPromptGroupListQuery { SiteId = id, LlmIds = LlmId }, RowWindow.Everything, ProjectChecks.Project(id), where: group => pattern is null || pattern.IsMatch(group.Name ?? string.Empty));
        }
    }
}
