using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SubAccounts;

/// <summary>Deletes sub-accounts (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrSubAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrSubAccountCommand : SrCmdlet
{
    /// <summary>The sub-accounts; from the pipeline by value or by a UserId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("user_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] UserId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in UserId)
        {
            var query = new SubAccountQuery { UserId = id };
            if (this.ConfirmProjectChange(SubAccountOperations.Delete, query, "Delete"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(SubAccountOperations.Delete, query, trace, token), id);
            }
        }
    }
}
