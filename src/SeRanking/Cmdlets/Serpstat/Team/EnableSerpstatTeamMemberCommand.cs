using System.Management.Automation;
using SeRanking.Engine.Serpstat.Team;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Team;

/// <summary>Re-activates members of the Serpstat team (TeamManagement.activateUser; free).</summary>
[Cmdlet(VerbsLifecycle.Enable, "SerpstatTeamMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatWriteResult)]
public sealed class EnableSerpstatTeamMemberCommand : SrCmdlet
{
    /// <summary>The members' user ids; from the pipeline by value or by a UserId property (Get-SerpstatTeamMember's).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("user_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] UserId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in UserId)
        {
            this.WriteChange(SerpstatTeamOperations.Activate, new SerpstatTeamQuery { UserId = id }, "Activate in the Serpstat team");
        }
    }
}
