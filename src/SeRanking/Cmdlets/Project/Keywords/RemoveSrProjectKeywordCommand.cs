using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Keywords;

/// <summary>
/// Removes keywords from projects with their positions (free; asks first: ConfirmImpact High),
/// gathering pipeline input into requests of up to 200 keyword ids per project.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectKeyword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectKeywordCommand : SrCmdlet
{
    private readonly List<long> _pending = [];
    private long _pendingSite;

    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectKeyword output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The keywords; from the pipeline by a KeywordId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("keyword_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] KeywordId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (_pending.Count > 0 && _pendingSite != SiteId)
        {
            Flush();
        }

        _pendingSite = SiteId;
        foreach (var id in KeywordId.Distinct())
        {
            _pending.Add(id);
            if (_pending.Count == ProjectKeywordRemoveQuery.BatchSize)
            {
                Flush();
            }
        }
    }

    protected override void OnEnd() => Flush();

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var query = new ProjectKeywordRemoveQuery { SiteId = _pendingSite, KeywordIds = _pending.Distinct().ToList() };
        _pending.Clear();
        var count = query.KeywordIds.Count;
        var what = count == 1
            ? "Remove keyword " + query.KeywordIds[0].ToString(CultureInfo.InvariantCulture) + ", with its positions, from"
            : "Remove " + count.ToString("N0", CultureInfo.InvariantCulture) + " keywords, with their positions, from";
        if (this.ConfirmProjectChange(ProjectKeywordOperations.Remove, query, what))
        {
            _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectKeywordOperations.Remove, query, trace, token), query.SiteId);
        }
    }
}
