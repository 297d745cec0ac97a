using System.Management.Automation;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Gets how often an issue was found in each site-audit report of a Serpstat project (AuditSite.getHistoryByCountError); free.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSiteAuditHistory", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatAuditIssueCount)]
public sealed class GetSerpstatSiteAuditHistoryCommand : SerpstatListCmdlet
{
    /// <summary>The project; from the pipeline by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long ProjectId { get; set; }

    /// <summary>The issue's keys (errors_400, no_title…); from the pipeline by value or by an Issue property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("errorName")]
    [ArgumentCompleter(typeof(Completion.SerpstatAuditIssueCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Issue { get; set; } = [];

    protected override void OnProcess()
    {
        foreach (var issue in Issue)
        {
            this.WriteRows(SerpstatAuditOperations.History, new SerpstatAuditQuery { ProjectId = ProjectId, Issue = issue }, Window, $"{issue} in project {ProjectId}");
        }
    }
}
