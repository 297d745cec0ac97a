using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Limits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Limits;

/// <summary>Gets the Serpstat API limits: credit lines (max, used, left), user and plan, browser-extension limits (free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatLimits")]
[OutputType(OutputTypeNames.SerpstatLimits)]
public sealed class GetSerpstatLimitsCommand : SrCmdlet
{
    protected override void OnEnd() => this.WriteOne(SerpstatLimitOperations.Stats, NoQuery.Value);
}
