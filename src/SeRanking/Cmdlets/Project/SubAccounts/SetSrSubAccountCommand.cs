using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SubAccounts;

/// <summary>Changes a sub-account's settings, limits or access (free); only what is given is sent.</summary>
[Cmdlet(VerbsCommon.Set, "SrSubAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SubAccount)]
public sealed class SetSrSubAccountCommand : SubAccountSettingsCmdlet
{
    /// <summary>The sub-account; from the pipeline by a UserId property (Get-SrSubAccount output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("user_id")]
    [ValidateRange(1, long.MaxValue)]
    public long UserId { get; set; }

    /// <summary>A new e-mail (login).</summary>
    [Parameter]
    public string? Email { get; set; }

    /// <summary>A new first name.</summary>
    [Parameter]
    public string? FirstName { get; set; }

    /// <summary>Write the sub-account as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = Settings(UserId, Email, FirstName);
        if (!this.ConfirmProjectChange(SubAccountOperations.Update, query, "Change"))
        {
            return;
        }

        var (userId, passThru) = (UserId, PassThru.IsPresent);
        var account = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(SubAccountOperations.Update, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.GetAsync(SubAccountOperations.Get, new SubAccountQuery { UserId = userId }, trace, token).ConfigureAwait(false) : null;
            },
            userId);
        if (account is not null)
        {
            WriteObject(account);
        }
    }
}
