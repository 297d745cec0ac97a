using System.Management.Automation;
using SeRanking.Engine.Serpstat.Team;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Team;

/// <summary>Invites people to the Serpstat team by email (TeamManagement.addUser; free, uses a seat).</summary>
[Cmdlet(VerbsCommon.Add, "SerpstatTeamMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatWriteResult)]
public sealed class AddSerpstatTeamMemberCommand : SrCmdlet
{
    /// <summary>Email addresses; from the pipeline by value or by an Email property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("EmailAddress", "Mail")]
    [ValidateNotNullOrEmpty]
    public string[] Email { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var email in Email)
        {
            this.WriteChange(SerpstatTeamOperations.Add, new SerpstatTeamQuery { Email = email }, "Invite to the Serpstat team");
        }
    }
}
