using System.Management.Automation;
using SeRanking.Engine.Serpstat.Team;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Team;

/// <summary>Removes members from the Serpstat team (TeamManagement.removeUser; free); asks first unless -Confirm:$false.</summary>
[Cmdlet(VerbsCommon.Remove, "SerpstatTeamMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(OutputTypeNames.SerpstatWriteResult)]
public sealed class RemoveSerpstatTeamMemberCommand : SrCmdlet
{
    /// <summary>The members' user ids; from the pipeline by value or by a UserId property (Get-SerpstatTeamMember's).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("user_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] UserId { get; set; } = [];

    /// <summary>Give the removed members' projects to the team owner (merge_projects); without it they are not kept.</summary>
    [Parameter]
    [Alias("merge_projects")]
    public SwitchParameter MergeProjects { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in UserId)
        {
            this.WriteChange(SerpstatTeamOperations.Remove, new SerpstatTeamQuery { UserId = id, MergeProjects = MergeProjects.IsPresent }, "Remove from the Serpstat team");
        }
    }
}
