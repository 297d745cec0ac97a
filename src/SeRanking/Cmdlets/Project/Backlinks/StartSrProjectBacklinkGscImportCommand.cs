using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Starts importing projects' backlinks from Google Search Console (free); writes each import with its token.</summary>
[Cmdlet(VerbsLifecycle.Start, "SrProjectBacklinkGscImport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectBacklinkGscImport)]
public sealed class StartSrProjectBacklinkGscImportCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectSiteQuery { SiteId = id };
            if (this.ConfirmProjectChange(ProjectBacklinkOperations.StartGscImport, query, "Import the Search Console backlinks of")
                && this.CallProject((connection, trace, token) => connection.SendAsync(ProjectBacklinkOperations.StartGscImport, query, trace, token), id) is { } import)
            {
                WriteObject(import);
            }
        }
    }
}
