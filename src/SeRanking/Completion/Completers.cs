using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SeRanking.Engine.Catalogues;

namespace SeRanking.Completion;

/// <summary>Completes SE Ranking region codes, matching code or country name, with the name as tooltip.</summary>
public class RegionCompleter : IArgumentCompleter
{
    private readonly bool _includeWorldwide;

    public RegionCompleter()
        : this(includeWorldwide: true)
    {
    }

    private protected RegionCompleter(bool includeWorldwide) => _includeWorldwide = includeWorldwide;

    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        RegionCatalogue.Complete(CompletionWord.Unquote(wordToComplete), _includeWorldwide)
            .Select(region => new CompletionResult(region.Code, $"{region.Code} ({region.Name})", CompletionResultType.ParameterValue, region.Name))
            .ToList();
}

/// <summary>Region codes of single countries, for endpoints that refuse the worldwide aggregate.</summary>
public sealed class CountryRegionCompleter : RegionCompleter
{
    public CountryRegionCompleter()
        : base(includeWorldwide: false)
    {
    }
}

/// <summary>Completes SERP feature codes, matching code or name, with the name as tooltip.</summary>
public sealed class SerpFeatureCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        SerpFeatureCatalogue.Complete(CompletionWord.Unquote(wordToComplete))
            .Select(feature => new CompletionResult(feature.Code, $"{feature.Code} ({feature.Name})", CompletionResultType.ParameterValue, feature.Name))
            .ToList();
}

/// <summary>Completes search intent codes (I, N, T, C, L), matching code or name, with the name as tooltip.</summary>
public sealed class SearchIntentCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        SearchIntents.Complete(CompletionWord.Unquote(wordToComplete))
            .Select(intent => new CompletionResult(intent.Code, $"{intent.Code} ({intent.Name})", CompletionResultType.ParameterValue, intent.Name))
            .ToList();
}

internal static class CompletionWord
{
    /// <summary>The word without the quotes a user may have started it with.</summary>
    public static string Unquote(string? word) => (word ?? string.Empty).Trim('\'', '"');
}

/// <summary>
/// Completes SERP location ids from the locations Get-SrSerpLocation has read in this session,
/// matching the id or any part of the place's name, with the name as tooltip.
/// </summary>
public sealed class SerpLocationCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = CompletionWord.Unquote(wordToComplete);
        return Engine.Data.Serp.SerpLocationCache.Known
            .Where(location => word.Length == 0
                || location.Id.ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith(word, System.StringComparison.Ordinal)
                || (location.LocationName ?? string.Empty).IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0)
            .Select(location =>
            {
                var id = location.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var name = $"{location.LocationName} ({location.LocationType}, {location.CountryCode})";
                return new CompletionResult(id, $"{id} {location.LocationName}", CompletionResultType.ParameterValue, name);
            })
            .ToList();
    }
}

/// <summary>
/// Completes site-audit issue codes: those of the reports read in this session
/// (Get-SrSiteAuditReport), and those the API reference documents, with their names as tooltips.
/// </summary>
public sealed class SiteAuditIssueCodeCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = CompletionWord.Unquote(wordToComplete);
        return Engine.Data.SiteAudit.SiteAuditIssueCodes.Known
            .Where(code => code.Key.StartsWith(word, System.StringComparison.OrdinalIgnoreCase) || code.Value.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0)
            .Select(code => new CompletionResult(code.Key, $"{code.Key} ({code.Value})", CompletionResultType.ParameterValue, code.Value))
            .ToList();
    }
}

/// <summary>Completes Serpstat database codes (g_us, g_de…, bing_us), matching the code with or without g_, or the country, with the country as tooltip.</summary>
public sealed class SerpstatDatabaseCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        SerpstatDatabaseCatalogue.Complete(CompletionWord.Unquote(wordToComplete))
            .Select(database => new CompletionResult(database.Code, database.ToString(), CompletionResultType.ParameterValue, database.Name))
            .ToList();
}
