using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Session;

/// <summary>Forgets the SE Ranking keys of this session (both APIs, or the one named).</summary>
[Cmdlet(VerbsCommunications.Disconnect, "SeRanking")]
[OutputType(typeof(void))]
public sealed class DisconnectSeRankingCommand : SrCmdlet
{
    /// <summary>Which API to disconnect: Data, Project, or both when absent.</summary>
    [Parameter(Position = 0)]
    [ValidateSet("Data", "Project")]
    public string[]? Api { get; set; }

    protected override void OnEnd()
    {
        var apis = Api ?? ["Data", "Project"];
        foreach (var api in apis)
        {
            var kind = string.Equals(api, "Data", System.StringComparison.OrdinalIgnoreCase) ? ApiKind.SeRankingData : ApiKind.SeRankingProject;
            var removed = ModuleSession.Disconnect(kind);
            WriteVerbose(removed ? $"Disconnected from the {kind.DisplayName()}." : $"Was not connected to the {kind.DisplayName()}.");
        }
    }
}
