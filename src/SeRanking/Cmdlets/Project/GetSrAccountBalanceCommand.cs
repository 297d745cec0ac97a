using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Clients;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project;

/// <summary>
/// <para type="synopsis">Gets the Project API account balance and its currency.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrAccountBalance")]
[OutputType(OutputTypeNames.ProjectAccountBalance)]
public sealed class GetSrAccountBalanceCommand : SrCmdlet
{
    protected override void OnEnd()
    {
        var client = new ProjectApiClient(ModuleSession.Require(ApiKind.SeRankingProject));
        WriteObject(this.Run((trace, cancellationToken) => client.GetBalanceAsync(trace, cancellationToken)));
    }
}
