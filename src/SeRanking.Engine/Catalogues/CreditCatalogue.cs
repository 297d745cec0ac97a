using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;

namespace SeRanking.Engine.Catalogues;

/// <summary>
/// What each endpoint costs, loaded once from the embedded <c>credit-costs.json</c>, and the
/// forecasts <c>-WhatIf</c>, budgets and <c>-Verbose</c> are built from. Thread-safe.
/// </summary>
/// <remarks>
/// Data API figures follow the seed's cost matrix. Its worked example ("250 summaries =
/// 3 calls × 10 credits") contradicts the matrix (100 per target); the matrix wins. Where a
/// source says "per request" and another "per keyword", the forecast takes the larger.
/// The Project API spends no credits. Serpstat figures are in Serpstat's own credits (lines).
/// </remarks>
public static class CreditCatalogue
{
    private const string FileName = "credit-costs.json";
    private const string Data = "data";
    private const string Project = "project";
    private const string Serpstat = "serpstat";
    private const string Any = "*";

    private static readonly Lazy<ReadOnlyCollection<CreditCost>> Costs = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every row of the catalogue.</summary>
    public static IReadOnlyList<CreditCost> All => Costs.Value;

    /// <summary>
    /// The cost of one endpoint, or null when the catalogue does not know it (or the command
    /// alone names several endpoints). Tolerant of spelling: <c>/v1/backlinks/summary</c>,
    /// <c>backlinks/summary</c>, <c>summary</c> and a full URL with a query string all find the
    /// summary row; the backlinks POST forms find their GET row. For Serpstat the command is
    /// the method name, with or without its procedure (<c>SerpstatLimitsProcedure.getStats</c>).
    /// </summary>
    /// <param name="api"><c>data</c>, <c>project</c> or <c>serpstat</c> (an <see cref="ApiKind"/> name also works).</param>
    /// <param name="method">The HTTP method, any case.</param>
    /// <param name="command">The path or method name.</param>
    public static CreditCost? Find(string api, string method, string command)
    {
        var matches = Match(api, method, command);
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <inheritdoc cref="Find(string, string, string)"/>
    public static CreditCost? Find(ApiKind api, string method, string command) => Find(ApiName(api), method, command);

    /// <summary>
    /// The row an operation is billed by, named exactly as the catalogue spells it
    /// (<c>backlinks/all</c>, <c>SerpstatDomainProcedure.getDomainsInfo</c>, <c>*</c> for the
    /// Project API), with no tolerance for other spellings: a descriptor that names a row the
    /// catalogue lacks is a bug, caught when the descriptor is built.
    /// </summary>
    /// <exception cref="ArgumentException">No row has that name and method.</exception>
    public static CreditCost Exact(ApiKind api, string method, string path)
    {
        var name = ApiName(api);
        var row = All.FirstOrDefault(c => c.Api == name && c.Path == path && MethodMatches(c, method ?? string.Empty));
        return row ?? throw new ArgumentException($"The credit catalogue has no {DisplayApi(name)} row '{method} {path}'; add it to Catalogues/Data/credit-costs.json.", nameof(path));
    }

    /// <summary>
    /// Forecasts the credits of <paramref name="calls"/> calls of an endpoint that bill
    /// <paramref name="units"/> units in all (targets, keywords, tasks; for endpoints billed per
    /// record returned, the number of records asked for — the result is then an upper bound).
    /// Where the API caps the units one call carries (100 targets, 1000 SERP keywords…), the
    /// call count is raised to what the units need.
    /// </summary>
    /// <exception cref="ArgumentException">The catalogue does not know the endpoint (never forecast blindly).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative or <paramref name="calls"/> is less than 1.</exception>
    public static CreditForecast Forecast(string api, string method, string command, long units, int calls = 1)
    {
        var matches = Match(api, method, command);
        if (matches.Count == 1)
        {
            return Forecast(matches[0], units, calls, matches[0].Service == Any ? Normalize(ApiKey(api), command) : null);
        }

        if (ApiKey(api) is null)
        {
            throw new ArgumentException($"'{api}' is not an API the credit catalogue knows; use data, project or serpstat.", nameof(api));
        }

        var shown = $"{method} {command}".Trim();
        if (matches.Count > 1)
        {
            throw new ArgumentException(
                $"'{shown}' names several {DisplayApi(api)} endpoints ({string.Join(", ", matches.Select(m => m.Path))}); give the service too, e.g. '{matches[0].Path}'.",
                nameof(command));
        }

        throw new ArgumentException(
            $"The credit catalogue has no cost for {DisplayApi(api)} '{shown}', so no forecast can be made. "
            + "Add the endpoint to Catalogues/Data/credit-costs.json once its cost is known.",
            nameof(command));
    }

    /// <inheritdoc cref="Forecast(string, string, string, long, int)"/>
    public static CreditForecast Forecast(ApiKind api, string method, string command, long units, int calls = 1) =>
        Forecast(ApiName(api), method, command, units, calls);

    /// <summary>Forecasts calls of an endpoint already looked up with <see cref="Find(string, string, string)"/>.</summary>
    public static CreditForecast Forecast(CreditCost cost, long units, int calls = 1)
    {
        if (cost is null)
        {
            throw new ArgumentNullException(nameof(cost));
        }

        return Forecast(cost, units, calls, null);
    }

    /// <summary>
    /// The total of a workflow's forecasts (all of one API: SE Ranking credits and Serpstat
    /// lines are different currencies). Calls and credits add up; units add up when all parts
    /// count the same unit.
    /// </summary>
    /// <exception cref="ArgumentException">No parts, or parts of different APIs.</exception>
    public static CreditForecast Combine(IEnumerable<CreditForecast> forecasts)
    {
        if (forecasts is null)
        {
            throw new ArgumentNullException(nameof(forecasts));
        }

        var parts = forecasts.ToArray();
        if (parts.Length == 0)
        {
            throw new ArgumentException("There is nothing to combine.", nameof(forecasts));
        }

        var apis = parts.Select(p => p.Api).Distinct(StringComparer.Ordinal).ToArray();
        if (apis.Length > 1)
        {
            throw new ArgumentException(
                $"Forecasts of different APIs ({string.Join(", ", apis)}) are in different currencies and cannot be added up.",
                nameof(forecasts));
        }

        var units = parts.Select(p => p.Unit).Distinct(StringComparer.Ordinal).ToArray();
        var methods = parts.Select(p => p.Method).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var notes = parts.Select(p => p.Note).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var sameUnit = units.Length == 1;
        return new CreditForecast(
            apis[0],
            methods.Length == 1 ? methods[0] : Any,
            "total",
            checked(parts.Sum(p => p.Calls)),
            sameUnit ? checked(parts.Sum(p => p.Units)) : 0,
            0,
            0,
            checked(parts.Sum(p => p.Credits)),
            parts.Any(p => p.IsUpperBound),
            sameUnit ? units[0] : "unit",
            notes.Length == 0 ? null : string.Join(" ", notes))
        {
            Parts = Array.AsReadOnly(parts),
        };
    }

    /// <inheritdoc cref="Combine(IEnumerable{CreditForecast})"/>
    public static CreditForecast Combine(params CreditForecast[] forecasts) => Combine((IEnumerable<CreditForecast>)forecasts);

    private static CreditForecast Forecast(CreditCost cost, long units, int calls, string? command)
    {
        if (units < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(units), units, "The number of units cannot be negative.");
        }

        if (calls < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(calls), calls, "A forecast needs at least one call.");
        }

        long callCount = calls;
        if (cost.MaxUnitsPerCall is int max && max > 0)
        {
            callCount = Math.Max(callCount, (units + max - 1) / max);
        }

        var credits = checked((callCount * cost.PerRequest) + (units * cost.PerRecord));
        credits = Math.Max(credits, checked(callCount * cost.MinimumPerCall));

        return new CreditForecast(
            cost.Api,
            cost.Method,
            command ?? cost.Path,
            callCount,
            units,
            cost.PerRequest,
            cost.PerRecord,
            credits,
            cost.PerRecord > 0 && cost.BilledPerResult,
            cost.Unit,
            cost.Note)
        {
            MinimumPerCall = cost.MinimumPerCall,
        };
    }

    private static List<CreditCost> Match(string api, string method, string command)
    {
        var key = ApiKey(api);
        if (key is null || string.IsNullOrWhiteSpace(command))
        {
            return [];
        }

        var path = Normalize(key, command);
        var verb = (method ?? string.Empty).Trim();
        var rows = All.Where(c => c.Api == key && MethodMatches(c, verb)).ToArray();

        // The full name first (service + command), then the command alone.
        var matches = rows.Where(c => c.Service == Any || Names(c, withService: true).Contains(path, StringComparer.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0)
        {
            matches = rows.Where(c => Names(c, withService: false).Contains(path, StringComparer.OrdinalIgnoreCase)).ToList();
        }

        return matches;
    }

    private static bool MethodMatches(CreditCost cost, string method) =>
        cost.Method == Any
        || string.Equals(cost.Method, method, StringComparison.OrdinalIgnoreCase)
        || cost.AlsoMethods.Contains(method, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Names(CreditCost cost, bool withService)
    {
        var separator = cost.Api == Serpstat ? "." : "/";
        foreach (var name in cost.Aliases.Prepend(cost.Command))
        {
            yield return withService ? cost.Service + separator + name : name;
        }
    }

    /// <summary>Drops scheme and host, query, fragment, surrounding slashes and the <c>v1/</c> prefix.</summary>
    private static string Normalize(string? api, string command)
    {
        var text = command.Trim();
        if (api == Serpstat)
        {
            return text;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            text = uri.AbsolutePath;
        }

        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            text = text.Substring(0, cut);
        }

        text = text.Trim('/');
        if (text.StartsWith("v1/", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(3).TrimStart('/');
        }

        return text;
    }

    private static string? ApiKey(string? api)
    {
        var letters = new string((api ?? string.Empty).Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        return letters switch
        {
            "data" or "dataapi" or "serankingdata" or "serankingdataapi" => Data,
            "project" or "projectapi" or "serankingproject" or "serankingprojectapi" => Project,
            "serpstat" or "serpstatapi" => Serpstat,
            _ => null,
        };
    }

    private static string ApiName(ApiKind api) => ApiProfile.Of(api).CatalogueName;

    private static string DisplayApi(string api) =>
        ApiProfile.All.FirstOrDefault(p => p.CatalogueName == ApiKey(api))?.DisplayName ?? api;

    private static ReadOnlyCollection<CreditCost> Load()
    {
        var file = CatalogueResources.Load(FileName, CatalogueJsonContext.Default.CreditCostFile);
        var costs = (file.Costs ?? []).Select(ToCost).ToArray();
        if (costs.Length == 0)
        {
            throw new InvalidOperationException($"The catalogue '{FileName}' lists no costs.");
        }

        return Array.AsReadOnly(costs);
    }

    private static CreditCost ToCost(CreditCostEntry e)
    {
        var api = CatalogueResources.Required(e.Api, "an api", FileName);
        if (api is not (Data or Project or Serpstat))
        {
            throw new InvalidOperationException($"The catalogue '{FileName}' names an unknown api '{api}'.");
        }

        var billedOn = e.BilledOn ?? "input";
        if (billedOn is not ("input" or "result") || e.PerRequest < 0 || e.PerRecord < 0 || e.MaxUnitsPerCall <= 0 || e.MinimumPerCall < 0)
        {
            throw new InvalidOperationException($"The catalogue '{FileName}' has an invalid row for '{e.Service}/{e.Command}'.");
        }

        return new CreditCost
        {
            Api = api,
            Service = CatalogueResources.Required(e.Service, "a service", FileName),
            Method = CatalogueResources.Required(e.Method, "a method", FileName).ToUpperInvariant(),
            AlsoMethods = Array.AsReadOnly((e.AlsoMethods ?? []).Select(m => m.ToUpperInvariant()).ToArray()),
            Command = CatalogueResources.Required(e.Command, "a command", FileName),
            Aliases = Array.AsReadOnly((e.Aliases ?? []).ToArray()),
            PerRequest = e.PerRequest,
            PerRecord = e.PerRecord,
            Unit = CatalogueResources.Required(e.Unit, "a unit", FileName),
            BilledPerResult = billedOn == "result",
            MaxUnitsPerCall = e.MaxUnitsPerCall,
            MinimumPerCall = e.MinimumPerCall ?? 0,
            Note = e.Note,
        };
    }
}
