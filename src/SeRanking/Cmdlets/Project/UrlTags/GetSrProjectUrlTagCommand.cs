using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Project.UrlTags;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.UrlTags;

/// <summary>Lists the URL tags of projects with the pages and domains they tag (free); -Name filters with wildcards, here.</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectUrlTag")]
[OutputType(OutputTypeNames.ProjectUrlTag)]
public sealed class GetSrProjectUrlTagCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>Only tags whose name matches one of these patterns (wildcards, any case).</summary>
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
                ProjectUrlTagOperations.List,
                new ProjectSiteQuery { SiteId = id },
                RowWindow.Everything,
                ProjectChecks.Project(id),
                row => patterns.Count == 0 || patterns.Any(pattern => pattern.IsMatch(row.Name ?? string.Empty)));
        }
    }
}
