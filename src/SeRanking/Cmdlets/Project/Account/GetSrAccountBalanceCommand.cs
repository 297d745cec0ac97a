using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Account;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Account;

/// <summary>Gets the Project API account balance and its currency (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrAccountBalance")]
[OutputType(OutputTypeNames.ProjectAccountBalance)]
public sealed class GetSrAccountBalanceCommand : SrCmdlet
{
    protected override void OnEnd() => this.WriteOne(ProjectAccountOperations.Balance, NoQuery.Value);
}
