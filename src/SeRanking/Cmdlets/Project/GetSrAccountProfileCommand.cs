using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Clients;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project;

/// <summary>
/// <para type="synopsis">Gets the Project API account profile: e-mail, name, language.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrAccountProfile")]
[OutputType(OutputTypeNames.ProjectAccountProfile)]
public sealed class GetSrAccountProfileCommand : SrCmdlet
{
    protected override void OnEnd()
    {
        var client = new ProjectApiClient(ModuleSession.Require(ApiKind.SeRankingProject));
        WriteObject(this.Run((trace, cancellationToken) => client.GetProfileAsync(trace, cancellationToken)));
    }
}
