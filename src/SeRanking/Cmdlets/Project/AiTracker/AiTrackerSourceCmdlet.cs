using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>What the cited-sources cmdlets share (unified host only): the project, the range and the engine, prompt and group filters.</summary>
public abstract class AiTrackerSourceCmdlet : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>First day; the API's default is 30 days before -To.</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>Last day; today when absent; not in the future.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>Only answers of these engines (site_llm_ids); all when absent.</summary>
    [Parameter]
    [Alias("site_llm_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? LlmId { get; set; }

    /// <summary>Only answers to these prompts, by their own id (PromptId of Get-SrAiTrackerPrompt).</summary>
    [Parameter]
    [Alias("prompt_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? PromptId { get; set; }

    /// <summary>Only answers to prompts of these groups.</summary>
    [Parameter]
    [Alias("group_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? GroupId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    private protected AiTrackerSourceQuery QueryFor(long siteId) => new()
    {
        SiteId = siteId,
        From = From,
        To = To,
        LlmIds = LlmId,
        PromptIds = PromptId,
        GroupIds = GroupId,
    };
}
