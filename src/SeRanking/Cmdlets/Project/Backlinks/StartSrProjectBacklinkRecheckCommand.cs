using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Checks monitored backlinks again, their status or their indexing: every row id piped in, 500 a request (free).</summary>
[Cmdlet(VerbsLifecycle.Start, "SrProjectBacklinkRecheck", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectBacklink)]
public sealed class StartSrProjectBacklinkRecheckCommand : ProjectBacklinkBatchCmdlet
{
    /// <summary>status (is the link still there, the default) or index (is the page in Google).</summary>
    [Parameter]
    [Alias("recheck_type")]
    [ValidateSet("status", "index")]
    public string RecheckType { get; set; } = "status";

    /// <summary>Write the backlinks rechecked, read back from the list.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnEnd()
    {
        foreach (var (site, ids) in Gathered.Select(p => (p.Key, p.Value)))
        {
            var query = new ProjectBacklinkIdsQuery { SiteId = site, BacklinkIds = ids.Distinct().Take(ProjectBacklinkIdsQuery.BatchSize).ToList(), RecheckType = RecheckType };
            var type = RecheckType;
            if (this.ConfirmProjectChange(ProjectBacklinkOperations.Recheck, query, "Recheck (" + type + ")"))
            {
                var passThru = PassThru.IsPresent;
                var rows = this.CallProject(
                    async (connection, trace, token) =>
                    {
                        await connection.SendInBatchesAsync(ProjectBacklinkOperations.Recheck, site, ids, type, trace, token).ConfigureAwait(false);
                        return passThru ? await connection.ReadBacklinksAsync(site, ids, trace, token).ConfigureAwait(false) : null;
                    },
                    site);
                if (rows is not null)
                {
                    WriteObject(rows, enumerateCollection: true);
                }
            }
        }
    }
}
