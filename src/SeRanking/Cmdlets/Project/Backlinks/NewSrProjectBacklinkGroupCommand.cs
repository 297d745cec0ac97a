using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Creates backlink groups in a project (free); writes each with its new GroupId.</summary>
[Cmdlet(VerbsCommon.New, "SrProjectBacklinkGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectBacklinkGroup)]
public sealed class NewSrProjectBacklinkGroupCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The groups' names; from the pipeline by value or by a Name property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var name in Name)
        {
            var query = new ProjectBacklinkGroupQuery { SiteId = SiteId, Name = name };
            var site = SiteId;
            if (this.ConfirmProjectChange(ProjectBacklinkOperations.CreateGroup, query, "Create")
                && this.CallProject(async (connection, trace, token) => (true, await connection.SendAsync(ProjectBacklinkOperations.CreateGroup, query, trace, token).ConfigureAwait(false)), name) is (true, var answer))
            {
                WriteObject(new ProjectBacklinkGroup { SiteId = site, GroupId = answer?.Id ?? 0, Name = name.Trim(), Backlinks = 0 });
            }
        }
    }
}
