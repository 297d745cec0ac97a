using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project.SystemLists;

/// <summary>Lists the search engines SE Ranking tracks positions on (free; read once per session): the ids -SearchEngineId takes.</summary>
[Cmdlet(VerbsCommon.Get, "SrSearchEngine")]
[OutputType(OutputTypeNames.SearchEngine)]
public sealed class GetSrSearchEngineCommand : SrCmdlet
{
    /// <summary>Only engines whose name matches one of these patterns (wildcards, any case): 'Google*Germany'.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Only these engines.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SearchEngineId", "search_engine_id")]
    [ArgumentCompleter(typeof(SearchEngineIdCompleter))]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var patterns = (Name ?? []).Select(name => new WildcardPattern(name, WildcardOptions.IgnoreCase)).ToList();
        var engines = this.CallProject((connection, trace, token) => ProjectListCache.SearchEnginesAsync(connection, trace, token), "the search engines") ?? [];
        foreach (var engine in engines.Where(engine => (patterns.Count == 0 || patterns.Any(p => p.IsMatch(engine.Name))) && (Id is null || Id.Contains(engine.Id))))
        {
            WriteObject(engine);
        }
    }
}
