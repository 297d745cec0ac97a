using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Positions;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Positions;

/// <summary>Gets how many ads ran above and below the organic results of a project's keywords, by date (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAdStat")]
[OutputType(OutputTypeNames.ProjectAdStat)]
public sealed class GetSrProjectAdStatCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>The first date.</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>The last date.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>Only these search engines of the project.</summary>
    [Parameter]
    [Alias("site_engine_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? SiteEngineId { get; set; }

    /// <summary>Only these keywords.</summary>
    [Parameter]
    [Alias("keyword_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? KeywordId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectAdStatQuery { SiteId = id, From = From, To = To, SiteEngineIds = SiteEngineId, KeywordIds = KeywordId };
            this.StreamRows(ProjectPositionOperations.AdStats, query, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
