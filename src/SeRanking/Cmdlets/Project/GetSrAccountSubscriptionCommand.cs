using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Clients;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project;

/// <summary>
/// <para type="synopsis">Gets the Project API subscription: plan type, expiry and balance.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrAccountSubscription")]
[OutputType(OutputTypeNames.ProjectAccountSubscription)]
public sealed class GetSrAccountSubscriptionCommand : SrCmdlet
{
    protected override void OnEnd()
    {
        var client = new ProjectApiClient(ModuleSession.Require(ApiKind.SeRankingProject));
        WriteObject(this.Run((trace, cancellationToken) => client.GetSubscriptionAsync(trace, cancellationToken)));
    }
}
