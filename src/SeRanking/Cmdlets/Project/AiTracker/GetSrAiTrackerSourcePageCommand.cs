using System.Management.Automation;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Lists the pages AI answers cited for projects, with their counters (free; unified host only); 100 by default, -All pages by 100.</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerSourcePage", SupportsPaging = true)]
[OutputType(OutputTypeNames.AiTrackerSourcePage)]
public sealed class GetSrAiTrackerSourcePageCommand : AiTrackerSourceListCmdlet
{
    /// <summary>What to sort by: count_usage (the default), answers_coverage, brands_num, competitors_num, dt, link, mention, prompt_coverage, prompts or url.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("count_usage", "answers_coverage", "brands_num", "competitors_num", "dt", "link", "mention", "prompt_coverage", "prompts", "url")]
    public string? SortBy { get; set; }

    /// <summary>Only pages of this domain (DomainId of Get-SrAiTrackerSource); binds by property name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("domain_id")]
    [ValidateRange(1, long.MaxValue)]
    public long? DomainId { get; set; }

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.StreamRows(AiTrackerSourceOperations.Pages, ListQueryFor(id, SortBy) with { DomainId = DomainId }, Window, ProjectChecks.Project(id));
        }
    }
}
