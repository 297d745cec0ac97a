using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SystemLists;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SystemLists;

/// <summary>Lists the regions Get-SrKeywordVolume takes (free; legacy Project API host only).</summary>
[Cmdlet(VerbsCommon.Get, "SrVolumeRegion")]
[OutputType(OutputTypeNames.VolumeRegion)]
public sealed class GetSrVolumeRegionCommand : SrCmdlet
{
    /// <summary>Only regions whose name matches one of these patterns (wildcards, any case).</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnEnd()
    {
        var patterns = (Name ?? []).Select(pattern => new WildcardPattern(pattern, WildcardOptions.IgnoreCase)).ToList();
        this.StreamRows(SearchVolumeOperations.Regions, NoQuery.Value, RowWindow.Everything, "the volume regions", row => patterns.Count == 0 || patterns.Any(pattern => pattern.IsMatch(row.Name ?? string.Empty)));
    }
}
