using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.SystemLists;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project.SystemLists;

/// <summary>Finds Google regions (free): their Name is the canonical -RegionName of a project's search engine.</summary>
[Cmdlet(VerbsCommon.Get, "SrGoogleRegion")]
[OutputType(OutputTypeNames.GoogleRegion)]
public sealed class GetSrGoogleRegionCommand : SrCmdlet
{
    /// <summary>Text the region's name contains: 'Denver', 'Bavaria'.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Search { get; set; }

    /// <summary>Only the regions of this country group (a search engine's RegionId); from the pipeline by a RegionId property.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("region_id")]
    public long? RegionId { get; set; }

    /// <summary>The most regions to return, 1–1000; absent: the API's default.</summary>
    [Parameter]
    [ValidateRange(1, GoogleRegionQuery.MaxLimit)]
    public int? Limit { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new GoogleRegionQuery { Search = Search, RegionId = RegionId, Limit = Limit };
        var regions = this.CallProject((connection, trace, token) => ProjectListCache.RegionsAsync(connection, query, trace, token), Search) ?? [];
        WriteObject(regions, enumerateCollection: true);
    }
}
