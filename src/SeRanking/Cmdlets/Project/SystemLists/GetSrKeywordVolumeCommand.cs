using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SystemLists;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SystemLists;

/// <summary>
/// Gets the search volumes of keywords in a region through the legacy Project API host (free),
/// gathering pipeline input into requests of up to 10 keywords.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrKeywordVolume")]
[OutputType(OutputTypeNames.KeywordVolume)]
public sealed class GetSrKeywordVolumeCommand : SrCmdlet
{
    private readonly List<string> _pending = [];

    /// <summary>The keywords; from the pipeline by value or by a Keyword property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>A region of Get-SrVolumeRegion.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [Alias("region_id")]
    [ValidateRange(1, long.MaxValue)]
    public long RegionId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var keyword in Keyword)
        {
            _pending.Add(keyword);
            if (_pending.Count == KeywordVolumeQuery.BatchSize)
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

        var query = new KeywordVolumeQuery { RegionId = RegionId, Keywords = [.. _pending] };
        _pending.Clear();
        this.StreamRows(SearchVolumeOperations.Volumes, query, RowWindow.Everything, query.Keywords.Count == 1 ? query.Keywords[0] : "the keywords");
    }
}
