using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>
/// Gets the rankings of a project's AI prompts as one row per prompt × date (or, -ByGroup, per
/// prompt group × date), CSV-ready (free); 100 prompts or groups by default, -All pages by 1,000.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerRanking", SupportsPaging = true)]
[OutputType(OutputTypeNames.AiTrackerRanking)]
public sealed class GetSrAiTrackerRankingCommand : PagedCmdlet
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

    /// <summary>First day (the API answers -To alone when absent).</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>Last day; today when absent.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>Only prompts of these groups.</summary>
    [Parameter]
    [Alias("group_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? GroupId { get; set; }

    /// <summary>One row per prompt group and date (mode=groups) instead of per prompt.</summary>
    [Parameter]
    public SwitchParameter ByGroup { get; set; }

    private protected override ApiKind ApiKind => ApiKind.SeRankingProject;

    protected override void OnProcess()
    {
        var query = new AiTrackerRankingQuery { SiteId = SiteId, LlmId = LlmId, From = From, To = To, GroupIds = GroupId, ByGroup = ByGroup.IsPresent };
        this.StreamRows(AiTrackerOperations.Rankings, query, Window, AiTrackerCalls.Describe(new AiTrackerEngineQuery { SiteId = SiteId, LlmId = LlmId }));
    }
}
