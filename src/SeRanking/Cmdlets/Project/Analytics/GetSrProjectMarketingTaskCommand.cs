using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Analytics;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Analytics;

/// <summary>Lists the marketing plan of projects, one row per item of each section (free); -Title filters with wildcards, here.</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectMarketingTask")]
[OutputType(OutputTypeNames.ProjectMarketingTask)]
public sealed class GetSrProjectMarketingTaskCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>Only items whose title matches one of these patterns (wildcards, any case).</summary>
    [Parameter(Position = 1)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Title { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var patterns = (Title ?? []).Select(pattern => new WildcardPattern(pattern, WildcardOptions.IgnoreCase)).ToList();
        foreach (var id in SiteId)
        {
            this.StreamRows(
                ProjectAnalyticsOperations.MarketingPlan,
                new ProjectSiteQuery { SiteId = id },
                RowWindow.Everything,
                ProjectChecks.Project(id),
                row => patterns.Count == 0 || patterns.Any(pattern => pattern.IsMatch(row.Title ?? string.Empty)));
        }
    }
}
