using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SubAccounts;

/// <summary>Lists the projects sub-accounts own and those shared with them (free): one row per project, with its Relation.</summary>
[Cmdlet(VerbsCommon.Get, "SrSubAccountProject")]
[OutputType(OutputTypeNames.SubAccountProject)]
public sealed class GetSrSubAccountProjectCommand : SrCmdlet
{
    /// <summary>The sub-accounts; from the pipeline by value or by a UserId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("user_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] UserId { get; set; } = [];

    /// <summary>Only the projects each owns (one request each instead of two).</summary>
    [Parameter]
    public SwitchParameter Owned { get; set; }

    /// <summary>Only the projects shared with each.</summary>
    [Parameter]
    public SwitchParameter Shared { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var both = Owned.IsPresent == Shared.IsPresent;
        foreach (var id in UserId)
        {
            var query = new SubAccountQuery { UserId = id };
            var about = "sub-account " + id.ToString(CultureInfo.InvariantCulture);
            if (both || Owned.IsPresent)
            {
                this.StreamRows(SubAccountOperations.OwnedProjects, query, RowWindow.Everything, about);
            }

            if (both || Shared.IsPresent)
            {
                this.StreamRows(SubAccountOperations.SharedProjects, query, RowWindow.Everything, about);
            }
        }
    }
}
