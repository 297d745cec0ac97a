using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Keywords;

/// <summary>Lists the keywords of projects with their target pages (free); -Keyword filters with wildcards, here.</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectKeyword")]
[OutputType(OutputTypeNames.ProjectKeyword)]
public sealed class GetSrProjectKeywordCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>Only the keywords tracked on this search engine of the project, with the date of their first check there.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    public long? SiteEngineId { get; set; }

    /// <summary>Only keywords matching one of these patterns (wildcards, any case).</summary>
    [Parameter(Position = 1)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Keyword { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var patterns = (Keyword ?? []).Select(pattern => new WildcardPattern(pattern, WildcardOptions.IgnoreCase)).ToList();
        foreach (var id in SiteId)
        {
            this.StreamRows(
                ProjectKeywordOperations.List,
                new ProjectKeywordListQuery { SiteId = id, SiteEngineId = SiteEngineId },
                RowWindow.Everything,
                ProjectChecks.Project(id),
                row => patterns.Count == 0 || patterns.Any(pattern => pattern.IsMatch(row.Keyword)));
        }
    }
}
