using System;
using System.Collections.Generic;

namespace SeRanking.Engine.Catalogues;

/// <summary>What one endpoint costs, as listed in the embedded <c>credit-costs.json</c>.</summary>
public sealed record CreditCost
{
    internal CreditCost()
    {
    }

    /// <summary><c>data</c> (SE Ranking Data API), <c>project</c> (SE Ranking Project API) or <c>serpstat</c>.</summary>
    public string Api { get; init; } = string.Empty;

    /// <summary>
    /// The Data API service (<c>backlinks</c>, <c>domain</c>, <c>serp</c>…), the Serpstat
    /// procedure (<c>SerpstatDomainProcedure</c>…), or <c>*</c> for every Project API call.
    /// </summary>
    public string Service { get; init; } = string.Empty;

    /// <summary>The HTTP method the cost applies to (<c>*</c>: any).</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>Other HTTP methods billed the same (the POST twins of the backlinks GET commands).</summary>
    public IReadOnlyList<string> AlsoMethods { get; init; } = Array.Empty<string>();

    /// <summary>The path under <c>/v1/&lt;service&gt;/</c> (e.g. <c>overview/db</c>), or the Serpstat method name.</summary>
    public string Command { get; init; } = string.Empty;

    /// <summary>Other spellings of <see cref="Command"/> (the cost matrix's name where the real path differs, or the reverse).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>Credits charged for every successful call.</summary>
    public long PerRequest { get; init; }

    /// <summary>Credits charged per <see cref="Unit"/>.</summary>
    public long PerRecord { get; init; }

    /// <summary>What one unit is: <c>target</c>, <c>backlink</c>, <c>keyword</c>, <c>row</c>, <c>page</c>, <c>task</c>…; <c>request</c> when billed per call only.</summary>
    public string Unit { get; init; } = "request";

    /// <summary>
    /// True when units are records the server returns (so a forecast from a requested limit is
    /// an upper bound); false when they are known before the call (targets or keywords sent).
    /// </summary>
    public bool BilledPerResult { get; init; }

    /// <summary>The most units one call can carry or return, when documented (100 targets, 10,000 backlinks…).</summary>
    public int? MaxUnitsPerCall { get; init; }

    /// <summary>The least one call costs (Serpstat charges 1 line even when nothing is found).</summary>
    public long MinimumPerCall { get; init; }

    /// <summary>Where sources disagree or the cost needs explaining.</summary>
    public string? Note { get; init; }

    /// <summary>The full name: <c>backlinks/summary</c>, <c>SerpstatDomainProcedure.getDomainsInfo</c>, or <c>*</c>.</summary>
    public string Path => Service == "*" ? "*" : Api == "serpstat" ? $"{Service}.{Command}" : $"{Service}/{Command}";

    /// <summary>True when the endpoint never spends credits.</summary>
    public bool IsFree => !IsUnknown && PerRequest == 0 && PerRecord == 0 && MinimumPerCall == 0;

    /// <summary>True for a path the catalogue does not list (a call made with an Invoke-* cmdlet): its cost is not known.</summary>
    public bool IsUnknown { get; init; }

    public override string ToString()
    {
        var cost = IsUnknown ? "cost unknown (not in the module's credit catalogue)"
            : IsFree
            ? "free"
            : PerRecord == 0
                ? $"{PerRequest} per request"
                : PerRequest == 0
                    ? $"{PerRecord} per {Unit}"
                    : $"{PerRequest} per request + {PerRecord} per {Unit}";
        return $"{Api} {Method} {Path}: {cost}";
    }
}
