using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Adds a search engine to a project (free) and writes it, with its new SiteEngineId.</summary>
[Cmdlet(VerbsCommon.Add, "SrProjectSearchEngine", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectSearchEngine)]
public sealed class AddSrProjectSearchEngineCommand : ProjectSearchEngineSettingsCmdlet
{
    /// <summary>The engine to add, from Get-SrSearchEngine (200 is Google USA); Tab completes ids and names.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("search_engine_id")]
    [ArgumentCompleter(typeof(SearchEngineIdCompleter))]
    [ValidateRange(1, long.MaxValue)]
    public long SearchEngineId { get; set; }

    protected override void OnProcess()
    {
        var query = new ProjectSearchEngineSettingsQuery
        {
            SiteId = SiteId,
            SearchEngineId = SearchEngineId,
            RegionName = RegionName,
            Language = Language,
            MergeMap = MergeMap,
            BusinessName = BusinessName,
            Phone = Phone,
            PaidResults = PaidResults,
            FeaturedSnippet = FeaturedSnippet,
        };
        if (this.ConfirmProjectChange(ProjectSiteOperations.AddSearchEngine, query, "Add to")
            && this.CallProject((connection, trace, token) => connection.AddSearchEngineAsync(query, trace, token), SiteId) is { } engine)
        {
            WriteObject(engine);
        }
    }
}
