using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Stops monitoring backlinks: every row id piped in, 500 a request (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectBacklink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectBacklinkCommand : ProjectBacklinkBatchCmdlet
{
    protected override void OnEnd()
    {
        foreach (var (site, ids) in Gathered.Select(p => (p.Key, p.Value)))
        {
            var query = new ProjectBacklinkIdsQuery { SiteId = site, BacklinkIds = ids.Distinct().Take(ProjectBacklinkIdsQuery.BatchSize).ToList() };
            if (this.ConfirmProjectChange(ProjectBacklinkOperations.Remove, query, ids.Distinct().Count() > ProjectBacklinkIdsQuery.BatchSize ? $"Stop monitoring {ids.Distinct().Count():N0} backlinks ({ProjectBacklinkIdsQuery.BatchSize} a request), starting with" : "Stop monitoring"))
            {
                _ = this.CallProject(async (connection, trace, token) => { await connection.SendInBatchesAsync(ProjectBacklinkOperations.Remove, site, ids, null, trace, token).ConfigureAwait(false); return true; }, site);
            }
        }
    }
}
