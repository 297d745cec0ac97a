using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat;

namespace SeRanking.Infrastructure;

/// <summary>
/// A Serpstat list: -First, -Skip and -All page it (page and size, up to 1,000 rows a page and
/// 60,000 in all), one call per input and -Database, rows streamed as they arrive.
/// </summary>
public abstract class SerpstatListCmdlet : PagedCmdlet
{
    private protected override ApiKind ApiKind => ApiKind.Serpstat;

    /// <summary>The plain filter parameters this cmdlet was given, with its -Filter hashtable, as the engine's filter.</summary>
    private protected SerpstatFilter? Filters(IDictionary? raw) => SerpstatFilters.From(this, raw);
}

/// <summary>Reads a Serpstat cmdlet's filter parameters (by their names, when bound) and its raw -Filter.</summary>
internal static class SerpstatFilters
{
    public static SerpstatFilter? From(PSCmdlet cmdlet, IDictionary? raw)
    {
        var bound = cmdlet.MyInvocation.BoundParameters;
        double? Number(string name) => bound.TryGetValue(name, out var value) && value is double number ? number : null;
        IReadOnlyList<string>? Texts(string name) => bound.TryGetValue(name, out var value) && value is string[] texts ? texts : null;
        var filter = new SerpstatFilter
        {
            VolumeFrom = Number(nameof(SerpstatFilter.VolumeFrom)),
            VolumeTo = Number(nameof(SerpstatFilter.VolumeTo)),
            CpcFrom = Number(nameof(SerpstatFilter.CpcFrom)),
            CpcTo = Number(nameof(SerpstatFilter.CpcTo)),
            DifficultyFrom = Number(nameof(SerpstatFilter.DifficultyFrom)),
            DifficultyTo = Number(nameof(SerpstatFilter.DifficultyTo)),
            CompetitionFrom = Number(nameof(SerpstatFilter.CompetitionFrom)),
            CompetitionTo = Number(nameof(SerpstatFilter.CompetitionTo)),
            PositionFrom = Number(nameof(SerpstatFilter.PositionFrom)),
            PositionTo = Number(nameof(SerpstatFilter.PositionTo)),
            TrafficFrom = Number(nameof(SerpstatFilter.TrafficFrom)),
            TrafficTo = Number(nameof(SerpstatFilter.TrafficTo)),
            WordCountFrom = Number(nameof(SerpstatFilter.WordCountFrom)),
            WordCountTo = Number(nameof(SerpstatFilter.WordCountTo)),
            Intent = Texts(nameof(SerpstatFilter.Intent)),
            ExcludeIntent = Texts(nameof(SerpstatFilter.ExcludeIntent)),
            Contains = Texts(nameof(SerpstatFilter.Contains)),
            NotContains = Texts(nameof(SerpstatFilter.NotContains)),
            RightSpelling = bound.TryGetValue(nameof(SerpstatFilter.RightSpelling), out var spelling) && spelling is SwitchParameter { IsPresent: true } ? true : null,
            Raw = raw is null ? null : JsonValues.FromPowerShell(raw) as IReadOnlyList<KeyValuePair<string, object?>>,
        };
        return filter.IsEmpty ? null : filter;
    }

    /// <summary>"example.com in g_us": what -WhatIf and errors name a call by.</summary>
    public static string About(string subject, string? database) => database is null ? subject : $"{subject} in {database}";

    /// <summary>Every database given, lower-cased and each once, in order.</summary>
    public static IReadOnlyList<string> Databases(IEnumerable<string> databases) =>
        databases.Select(d => d.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
}
