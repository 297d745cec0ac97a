using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Account;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Account;

/// <summary>Gets the Project API account profile: e-mail, name, language (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrAccountProfile")]
[OutputType(OutputTypeNames.ProjectAccountProfile)]
public sealed class GetSrAccountProfileCommand : SrCmdlet
{
    protected override void OnEnd() => this.WriteOne(ProjectAccountOperations.Profile, NoQuery.Value);
}
