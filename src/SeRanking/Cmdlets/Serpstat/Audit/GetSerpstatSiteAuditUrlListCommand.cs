using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Gets the URL list a Serpstat project's site audit scans, one row per address (AuditSite.getScanUserUrlList); free.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSiteAuditUrlList")]
[OutputType(OutputTypeNames.SerpstatAuditScanUrl)]
public sealed class GetSerpstatSiteAuditUrlListCommand : SrCmdlet
{
    /// <summary>Projects; from the pipeline by value or by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ProjectId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in ProjectId)
        {
            foreach (var list in this.CallSerpstat(SerpstatAuditOperations.UrlList, new SerpstatAuditQuery { ProjectId = id }, "project " + id.ToString(CultureInfo.InvariantCulture)) ?? [])
            {
                WriteObject(SerpstatAuditOperations.UrlsOf(list, id), enumerateCollection: true);
            }
        }
    }
}
