using System.Management.Automation;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Account;

/// <summary>Gets the Data API subscription: status, dates, credits limit and credits left (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrDataSubscription")]
[OutputType(OutputTypeNames.DataSubscription)]
public sealed class GetSrDataSubscriptionCommand : SrCmdlet
{
    protected override void OnEnd() => this.WriteOne(AccountOperations.Subscription, NoQuery.Value);
}
