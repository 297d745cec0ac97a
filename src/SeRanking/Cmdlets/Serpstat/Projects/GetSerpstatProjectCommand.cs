using System.Management.Automation;
using SeRanking.Engine.Serpstat.Projects;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Projects;

/// <summary>Gets the Serpstat projects of the account (ProjectProcedure.getProjects; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatProject", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatProject)]
public sealed class GetSerpstatProjectCommand : SerpstatListCmdlet
{
    protected override void OnEnd() => this.WriteRows(SerpstatProjectOperations.List, new SerpstatProjectQuery(), Window, "the account's projects");
}
