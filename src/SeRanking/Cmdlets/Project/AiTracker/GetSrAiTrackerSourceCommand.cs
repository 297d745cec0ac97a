using System.Management.Automation;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Lists the domains AI answers cited for projects, with their counters (free; unified host only); 100 by default, -All pages by 100.</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerSource", SupportsPaging = true)]
[OutputType(OutputTypeNames.AiTrackerSourceDomain)]
public sealed class GetSrAiTrackerSourceCommand : AiTrackerSourceListCmdlet
{
    /// <summary>What to sort by: ai_answers_total (the default), backlinks_total, brand_mentions_total, coverage_percent, dt, domain, mention_rate_percent, pages_total, prompts, prompts_total or referring_domains_total.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("ai_answers_total", "backlinks_total", "brand_mentions_total", "coverage_percent", "dt", "domain", "mention_rate_percent", "pages_total", "prompts", "prompts_total", "referring_domains_total")]
    public string? SortBy { get; set; }

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.StreamRows(AiTrackerSourceOperations.Domains, ListQueryFor(id, SortBy), Window, ProjectChecks.Project(id));
        }
    }
}
