using System.Management.Automation;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Reads where a project's Search Console import stands (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectBacklinkGscImport")]
[OutputType(OutputTypeNames.ProjectBacklinkGscImport)]
public sealed class GetSrProjectBacklinkGscImportCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by value or by a SiteId property (Start-SrProjectBacklinkGscImport output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The token the start answered; from the pipeline by a Token property. The legacy host needs it; the unified host reads the status per project.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    public string? Token { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(Engine.ApiKind.SeRankingProject);

    protected override void OnProcess() =>
        this.WriteOne(ProjectBacklinkOperations.GscImportStatus, new ProjectBacklinkGscStatusQuery { SiteId = SiteId, Token = Token }, ProjectChecks.Project(SiteId));
}
