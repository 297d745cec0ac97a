using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>What the cmdlets that gather backlink row ids from the pipeline share: the ids by project, sent at the end.</summary>
public abstract class ProjectBacklinkBatchCmdlet : SrCmdlet
{
    private readonly Dictionary<long, List<long>> _ids = [];

    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectBacklink output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>Backlink row ids; from the pipeline by a BacklinkId property (Get-SrProjectBacklink output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("id", "backlink_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[] BacklinkId { get; set; } = [];

    /// <summary>The row ids gathered, by project, in the order they came.</summary>
    internal IReadOnlyDictionary<long, List<long>> Gathered => _ids;

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (!_ids.TryGetValue(SiteId, out var ids))
        {
            _ids[SiteId] = ids = [];
        }

        ids.AddRange(BacklinkId);
    }
}
