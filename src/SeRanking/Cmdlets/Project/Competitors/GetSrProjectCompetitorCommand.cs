using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Competitors;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Competitors;

/// <summary>Lists the competitors tracked in projects (free); -Name filters with wildcards, here.</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectCompetitor")]
[OutputType(OutputTypeNames.ProjectCompetitor)]
public sealed class GetSrProjectCompetitorCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>Only competitors whose name or URL matches one of these patterns (wildcards, any case).</summary>
    [Parameter(Position = 1)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var patterns = (Name ?? []).Select(pattern => new WildcardPattern(pattern, WildcardOptions.IgnoreCase)).ToList();
        foreach (var id in SiteId)
        {
            this.StreamRows(
                ProjectCompetitorOperations.List,
                new ProjectSiteQuery { SiteId = id },
                RowWindow.Everything,
                ProjectChecks.Project(id),
                row => patterns.Count == 0 || patterns.Any(pattern => pattern.IsMatch(row.Name ?? string.Empty) || pattern.IsMatch(row.Url ?? string.Empty)));
        }
    }
}
