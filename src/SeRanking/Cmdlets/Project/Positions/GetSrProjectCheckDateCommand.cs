using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Positions;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Positions;

/// <summary>Gets the dates a project's positions were actually checked on (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectCheckDate")]
[OutputType(OutputTypeNames.ProjectCheckDate)]
public sealed class GetSrProjectCheckDateCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>One search engine of the project; from the pipeline by a SiteEngineId property.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    public long? SiteEngineId { get; set; }

    /// <summary>The first date; absent: the API's default.</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>The last date; absent: today.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectDatesQuery { SiteId = id, SiteEngineId = SiteEngineId, From = From, To = To };
            this.StreamRows(ProjectPositionOperations.CheckDates, query, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
