using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project.SystemLists;

/// <summary>Lists the languages Google results are checked in (free; read once per session): the codes -Language takes.</summary>
[Cmdlet(VerbsCommon.Get, "SrGoogleLanguage")]
[OutputType(OutputTypeNames.GoogleLanguage)]
public sealed class GetSrGoogleLanguageCommand : SrCmdlet
{
    /// <summary>Only languages whose code or name matches one of these patterns (wildcards, any case).</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var patterns = (Name ?? []).Select(name => new WildcardPattern(name, WildcardOptions.IgnoreCase)).ToList();
        var languages = this.CallProject((connection, trace, token) => ProjectListCache.LanguagesAsync(connection, trace, token), "the languages") ?? [];
        foreach (var language in languages.Where(language => patterns.Count == 0 || patterns.Any(p => p.IsMatch(language.Code) || p.IsMatch(language.Name))))
        {
            WriteObject(language);
        }
    }
}
