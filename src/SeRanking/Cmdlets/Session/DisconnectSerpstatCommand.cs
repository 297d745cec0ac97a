using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Session;

/// <summary>Forgets the Serpstat token of this session.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Serpstat")]
[OutputType(typeof(void))]
public sealed class DisconnectSerpstatCommand : SrCmdlet
{
    protected override void OnEnd()
    {
        var removed = ModuleSession.Disconnect(ApiKind.Serpstat);
        WriteVerbose(removed ? "Disconnected from the Serpstat API." : "Was not connected to the Serpstat API.");
    }
}
