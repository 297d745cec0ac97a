using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Lists the prompts tracked on a project's AI engines (free), 100 by default; -All or -First pages by 1,000.</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerPrompt", SupportsPaging = true)]
[OutputType(OutputTypeNames.AiTrackerPrompt)]
public sealed class GetSrAiTrackerPromptCommand : PagedCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The project's AI engine; from the pipeline by an LlmId property (Get-SrAiTrackerEngine output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("llm_id", "site_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long LlmId { get; set; }

    /// <summary>Only prompts of these groups (Get-SrAiTrackerPromptGroup).</summary>
    [Parameter]
    [Alias("group_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? GroupId { get; set; }

    private protected override ApiKind ApiKind => ApiKind.SeRankingProject;

    protected override void OnProcess()
    {
        var query = new AiTrackerPromptListQuery { SiteId = SiteId, LlmId = LlmId, GroupIds = GroupId };
        this.StreamRows(AiTrackerOperations.Prompts, query, Window, AiTrackerCalls.Describe(new AiTrackerEngineQuery { SiteId = SiteId, LlmId = LlmId }));
    }
}
