using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Clients;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Serpstat;

/// <summary>
/// <para type="synopsis">Gets the Serpstat API limits: credit lines (max, used, left), user and plan, browser-extension limits (free).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatLimits")]
[OutputType(OutputTypeNames.SerpstatLimits)]
public sealed class GetSerpstatLimitsCommand : SrCmdlet
{
    protected override void OnEnd()
    {
        var client = new SerpstatClient(ModuleSession.Require(ApiKind.Serpstat));
        WriteObject(this.Run((trace, cancellationToken) => client.GetLimitsAsync(trace, cancellationToken)));
    }
}
