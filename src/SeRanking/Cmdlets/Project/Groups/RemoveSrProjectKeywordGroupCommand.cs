using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Groups;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Groups;

/// <summary>Deletes keyword groups; their keywords stay in the project, ungrouped (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectKeywordGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectKeywordGroupCommand : SrCmdlet
{
    /// <summary>The groups; from the pipeline by value or by a GroupId property (Get-SrProjectKeywordGroup output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] GroupId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in GroupId)
        {
            var query = new ProjectGroupQuery { GroupId = id };
            if (this.ConfirmProjectChange(ProjectGroupOperations.DeleteKeywordGroup, query, "Delete the keyword group (its keywords stay, ungrouped):"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectGroupOperations.DeleteKeywordGroup, query, trace, token), id);
            }
        }
    }
}
