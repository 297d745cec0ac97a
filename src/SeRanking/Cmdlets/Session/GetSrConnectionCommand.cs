using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Session;

/// <summary>Shows the APIs this session is connected to, with masked keys.</summary>
[Cmdlet(VerbsCommon.Get, "SrConnection")]
[OutputType(typeof(ApiConnectionInfo))]
public sealed class GetSrConnectionCommand : SrCmdlet
{
    protected override void OnEnd() => WriteObject(ModuleSession.Describe(), enumerateCollection: true);
}
