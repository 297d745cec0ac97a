using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Account;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Account;

/// <summary>Gets the Project API subscription: plan type, expiry and balance (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrAccountSubscription")]
[OutputType(OutputTypeNames.ProjectAccountSubscription)]
public sealed class GetSrAccountSubscriptionCommand : SrCmdlet
{
    protected override void OnEnd() => this.WriteOne(ProjectAccountOperations.Subscription, NoQuery.Value);
}
