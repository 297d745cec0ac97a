using System.Management.Automation;
using SeRanking.Engine.Serpstat.Team;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Team;

/// <summary>Gets the members of the Serpstat team, the owner included (TeamManagement.getList; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatTeamMember", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatTeamMember)]
public sealed class GetSerpstatTeamMemberCommand : SerpstatListCmdlet
{
    /// <summary>Only members whose name or email contains this (search).</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Search { get; set; }

    protected override void OnEnd() => this.WriteRows(SerpstatTeamOperations.List, new SerpstatTeamQuery { Search = Search }, Window, Search is null ? "the team" : $"the team members matching '{Search}'");
}
