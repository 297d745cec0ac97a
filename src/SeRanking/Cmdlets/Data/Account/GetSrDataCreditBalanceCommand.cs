using System.Management.Automation;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Account;

/// <summary>Gets the Data API's account-wide credit counter: limit, used and left (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrDataCreditBalance")]
[OutputType(OutputTypeNames.DataCreditBalance)]
public sealed class GetSrDataCreditBalanceCommand : SrCmdlet
{
    protected override void OnEnd() => this.WriteOne(AccountOperations.CreditBalance, NoQuery.Value);
}
