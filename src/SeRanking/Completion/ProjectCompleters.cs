using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SeRanking.Engine.Project.SystemLists;
using SeRanking.Session;

namespace SeRanking.Completion;

/// <summary>
/// Completes -SearchEngineId from the Project API's search engine list (read once per session):
/// the id, matching id or name ("Germ" offers the German engines), the name as tooltip.
/// </summary>
public sealed class SearchEngineIdCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = CompletionWord.Unquote(wordToComplete);
        return ProjectListCache.ForCompletion<SearchEngine>((connection, token) => ProjectListCache.SearchEnginesAsync(connection, null, token))
            .Where(engine => engine.Id.ToString(CultureInfo.InvariantCulture).StartsWith(word, StringComparison.Ordinal)
                || engine.Name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            .Select(engine => new CompletionResult(engine.Id.ToString(CultureInfo.InvariantCulture), $"{engine.Id} ({engine.Name})", CompletionResultType.ParameterValue, engine.Name))
            .ToList();
    }
}

/// <summary>
/// Completes -RegionName with the canonical Google region names that contain what was typed
/// (asked of the API with that text, and kept for the session), quoted since they hold commas.
/// </summary>
public sealed class GoogleRegionCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = CompletionWord.Unquote(wordToComplete);
        if (word.Length < 2)
        {
            return [];
        }

        var query = new GoogleRegionQuery { Search = word, Limit = ProjectListCache.CompletionRegions };
        return ProjectListCache.ForCompletion<GoogleRegion>((connection, token) => ProjectListCache.RegionsAsync(connection, query, null, token))
            .Select(region => new CompletionResult("'" + region.Name.Replace("'", "''") + "'", region.Name, CompletionResultType.ParameterValue, region.Name))
            .ToList();
    }
}

/// <summary>Completes -Language with Google's language codes (read once per session), matching code or name, the name as tooltip.</summary>
public sealed class GoogleLanguageCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = CompletionWord.Unquote(wordToComplete);
        return ProjectListCache.ForCompletion<GoogleLanguage>((connection, token) => ProjectListCache.LanguagesAsync(connection, null, token))
            .Where(language => language.Code.StartsWith(word, StringComparison.OrdinalIgnoreCase) || language.Name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            .Select(language => new CompletionResult(language.Code, $"{language.Code} ({language.Name})", CompletionResultType.ParameterValue, language.Name))
            .ToList();
    }
}
