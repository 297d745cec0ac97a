using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SubAccounts;

/// <summary>
/// Shares projects with a sub-account without unsharing the others (free): reads the shared set
/// first, sends the union (legacy host) or each new project (unified host), reads it again and
/// writes one result per project.
/// </summary>
[Cmdlet(VerbsCommon.Add, "SrSubAccountProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SubAccountShare)]
public sealed class AddSrSubAccountProjectCommand : SrCmdlet
{
    private readonly List<long> _sites = [];

    /// <summary>The sub-account to share with.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("user_id")]
    [ValidateRange(1, long.MaxValue)]
    public long UserId { get; set; }

    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess() => _sites.AddRange(SiteId);

    // The shared set is read and written once for all the projects piped in.
    protected override void OnEnd()
    {
        if (_sites.Count == 0)
        {
            return;
        }

        // Each project is confirmed on its own (on the unified host each is a call of its own).
        var confirmed = _sites.Distinct().Where(site => this.ConfirmProjectChange(
            SubAccountOperations.Share, new SubAccountShareQuery { UserId = UserId, SiteIds = [site] }, "Share (keeping the projects already shared)")).ToArray();
        if (confirmed.Length == 0)
        {
            return;
        }

        var (userId, sites) = (UserId, (IReadOnlyList<long>)confirmed);
        var results = this.CallProject((connection, trace, token) => connection.ShareAsync(userId, sites, trace, token), "sub-account " + userId.ToString(CultureInfo.InvariantCulture));
        foreach (var result in results ?? [])
        {
            if (result.Status == "Lost")
            {
                WriteWarning($"Project {result.SiteId} is not shared with sub-account {result.UserId} after the call: {result.Message}");
            }

            WriteObject(result);
        }
    }
}
