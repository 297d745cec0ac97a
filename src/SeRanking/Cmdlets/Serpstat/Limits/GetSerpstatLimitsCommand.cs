using System;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Limits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Limits;

/// <summary>
/// Gets the Serpstat API limits (free): credit lines (max, used, left), user and plan, and the
/// browser-extension limits (getStats); with -Of Audit the audit credits (getAuditStats); with
/// -Of Extension the extension's limits alone (SerpstatPluginProcedure.stats).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatLimits")]
[OutputType(OutputTypeNames.SerpstatLimits, OutputTypeNames.SerpstatAuditLimits)]
public sealed class GetSerpstatLimitsCommand : SrCmdlet
{
    /// <summary>Api (the lines; the default), Audit (site-audit credits) or Extension (the browser extension's limits alone).</summary>
    [Parameter(Position = 0)]
    [ValidateSet("Api", "Audit", "Extension")]
    public string Of { get; set; } = "Api";

    protected override void OnEnd()
    {
        if (string.Equals(Of, "Audit", StringComparison.OrdinalIgnoreCase))
        {
            this.WriteOne(SerpstatLimitOperations.AuditStats, NoQuery.Value);
        }
        else if (string.Equals(Of, "Extension", StringComparison.OrdinalIgnoreCase))
        {
            this.WriteOne(SerpstatLimitOperations.ExtensionStats, NoQuery.Value);
        }
        else
        {
            this.WriteOne(SerpstatLimitOperations.Stats, NoQuery.Value);
        }
    }
}
