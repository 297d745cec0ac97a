using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Gets the site-audit settings of Serpstat projects (AuditSite.getSettings), or Serpstat's defaults without -ProjectId (getDefaultSettings); free.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSiteAuditSetting")]
[OutputType(OutputTypeNames.SerpstatAuditSettings)]
public sealed class GetSerpstatSiteAuditSettingCommand : SrCmdlet
{
    /// <summary>Projects; from the pipeline by value or by a ProjectId property. Serpstat's defaults when absent.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[]? ProjectId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        if (ProjectId is null)
        {
            WriteObject(this.CallSerpstat(SerpstatAuditOperations.DefaultSettings, NoQuery.Value, "the defaults") ?? [], enumerateCollection: true);
            return;
        }

        foreach (var id in ProjectId)
        {
            WriteObject(this.CallSerpstat(SerpstatAuditOperations.Settings, new SerpstatAuditQuery { ProjectId = id }, "project " + id.ToString(CultureInfo.InvariantCulture)) ?? [], enumerateCollection: true);
        }
    }
}
