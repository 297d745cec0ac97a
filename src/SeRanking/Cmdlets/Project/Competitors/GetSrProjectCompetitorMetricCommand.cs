using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Competitors;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Competitors;

/// <summary>
/// Lists every domain in the top 10 of a project's keywords on a check date, with its backlinks,
/// referring domains and visibility (free; the API keeps about two weeks).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrProjectCompetitorMetric")]
[OutputType(OutputTypeNames.ProjectCompetitorMetric)]
public sealed class GetSrProjectCompetitorMetricCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>The project's search engine (Get-SrProjectSearchEngine).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteEngineId { get; set; }

    /// <summary>A check date of the last two weeks.</summary>
    [Parameter(Mandatory = true)]
    public DateTime Date { get; set; }

    /// <summary>Only the keywords of this keyword group.</summary>
    [Parameter]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long? GroupId { get; set; }

    /// <summary>Only the keywords of these URL tags.</summary>
    [Parameter]
    [Alias("tags")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? TagId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectCompetitorMetricQuery { SiteId = id, SiteEngineId = SiteEngineId, Date = Date, GroupId = GroupId, TagIds = TagId };
            this.StreamRows(ProjectCompetitorOperations.Metrics, query, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
