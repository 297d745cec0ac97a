using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Lists the URL lists uploaded as project audits' sources (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAuditSourcePage")]
[OutputType(OutputTypeNames.ProjectAuditSourceList)]
public sealed class GetSrProjectAuditSourcePageCommand : SrCmdlet
{
    /// <summary>The audits; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in AuditId)
        {
            this.StreamRows(ProjectAuditOperations.SourceLists, new ProjectAuditQuery { AuditId = id }, RowWindow.Everything, ProjectAudits.Describe(id));
        }
    }
}
