using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Lists the account's project website audits, or reads where given audits stand (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAudit", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(OutputTypeNames.SiteAuditInfo, ParameterSetName = [ListSet])]
[OutputType(OutputTypeNames.SiteAuditStatus, ParameterSetName = [IdSet])]
public sealed class GetSrProjectAuditCommand : PagedCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Audit ids whose status to read; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    /// <summary>Only audits whose title or URL contains this text.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public string? Search { get; set; }

    /// <summary>Only audits last run on or after this date.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Alias("date_start")]
    public DateTime? From { get; set; }

    /// <summary>Only audits last run on or before this date.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Alias("date_end")]
    public DateTime? To { get; set; }

    private protected override Engine.ApiKind ApiKind => Engine.ApiKind.SeRankingProject;

    protected override void OnProcess()
    {
        if (ParameterSetName == ListSet)
        {
            this.WriteRows(ProjectAuditOperations.List, new ProjectAuditListQuery { Search = Search, From = From, To = To }, Window, Search ?? "the account's project audits");
            return;
        }

        foreach (var id in AuditId)
        {
            if (this.CallProject((connection, trace, token) => connection.ReadProjectAuditStatusAsync(id, trace, token), id) is { } status)
            {
                WriteObject(status);
            }
        }
    }
}
