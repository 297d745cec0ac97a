using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Analytics;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Analytics;

/// <summary>Gets what projects could gain: potential traffic, its cost and the customers it would bring (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectSeoPotential")]
[OutputType(OutputTypeNames.ProjectSeoPotential)]
public sealed class GetSrProjectSeoPotentialCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>How many of the top keywords count (top_n).</summary>
    [Parameter]
    [Alias("top_n")]
    [ValidateRange(1, 1000)]
    public int? TopN { get; set; }

    /// <summary>What one lead is worth (lead_price).</summary>
    [Parameter]
    [Alias("lead_price")]
    [ValidateRange(0, double.MaxValue)]
    public double? LeadPrice { get; set; }

    /// <summary>Visitors who become customers, in percent (conversion_rate).</summary>
    [Parameter]
    [Alias("conversion_rate")]
    [ValidateRange(0, 100)]
    public double? ConversionRate { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectSeoPotentialQuery { SiteId = id, TopN = TopN, LeadPrice = LeadPrice, ConversionRate = ConversionRate };
            this.StreamRows(ProjectAnalyticsOperations.SeoPotential, query, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
