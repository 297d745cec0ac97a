using System.Management.Automation;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Gets the site-audit reports of Serpstat projects (AuditSite.getList), or with -ReportId a report's basic data and progress (getBasicInfo); free.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSiteAudit", SupportsPaging = true, DefaultParameterSetName = ProjectSet)]
[OutputType(OutputTypeNames.SerpstatAuditReportInfo, OutputTypeNames.SerpstatAuditBasicInfo)]
public sealed class GetSerpstatSiteAuditCommand : SerpstatListCmdlet
{
    private const string ProjectSet = "Project";
    private const string ReportSet = "Report";

    /// <summary>Serpstat projects; from the pipeline by value or by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ProjectSet)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ProjectId { get; set; } = [];

    /// <summary>Reports whose basic data to read; from the pipeline by a ReportId property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ReportSet)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ReportId { get; set; } = [];

    protected override void OnProcess()
    {
        if (ParameterSetName == ReportSet)
        {
            foreach (var id in ReportId)
            {
                foreach (var info in this.CallSerpstat(SerpstatAuditOperations.BasicInfo, new SerpstatAuditQuery { ReportId = id }, SerpstatAuditOperations.Describe(id)) ?? [])
                {
                    WriteObject(info);
                }
            }

            return;
        }

        foreach (var id in ProjectId)
        {
            this.WriteRows(SerpstatAuditOperations.List, new SerpstatAuditQuery { ProjectId = id }, Window, "project " + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
