using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SubAccounts;

/// <summary>Creates sub-accounts (free) and writes each as Get-SrSubAccount -UserId reads it.</summary>
[Cmdlet(VerbsCommon.New, "SrSubAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SubAccount)]
public sealed class NewSrSubAccountCommand : SubAccountSettingsCmdlet
{
    /// <summary>The sub-account's e-mail, its login; from the pipeline by property name (Import-Csv rows).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Email { get; set; } = string.Empty;

    /// <summary>The sub-account's first name (required by the API on create).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string FirstName { get; set; } = string.Empty;

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = Settings(null, Email, FirstName);
        if (!this.ConfirmProjectChange(SubAccountOperations.Create, query, "Create the sub-account"))
        {
            return;
        }

        var account = this.CallProject(
            async (connection, trace, token) =>
            {
                var answer = await connection.SendAsync(SubAccountOperations.Create, query, trace, token).ConfigureAwait(false);
                return answer?.Id is { } id ? await connection.GetAsync(SubAccountOperations.Get, new SubAccountQuery { UserId = id }, trace, token).ConfigureAwait(false) : null;
            },
            Email);
        if (account is not null)
        {
            WriteObject(account);
        }
    }
}
