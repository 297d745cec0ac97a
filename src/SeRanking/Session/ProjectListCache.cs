using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SystemLists;
using SeRanking.Engine.Transport;

namespace SeRanking.Session;

/// <summary>
/// The Project API's reference lists, read once per connection and kept for the session: the
/// search engines and the languages whole, the Google regions per search text (there are about
/// 228,800). Get-SrSearchEngine, Get-SrGoogleLanguage and the completers of -SearchEngineId,
/// -RegionName and -Language share them; a new Connect-SeRanking starts afresh. A failed read is
/// not kept.
/// </summary>
internal static class ProjectListCache
{
    /// <summary>Google regions a completer asks for at most.</summary>
    internal const int CompletionRegions = 50;

    private static readonly TimeSpan CompletionWait = TimeSpan.FromSeconds(5);

    private static readonly ConditionalWeakTable<ApiConnection, Lists> ByConnection = new();

    public static async Task<IReadOnlyList<SearchEngine>> SearchEnginesAsync(ApiConnection connection, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var lists = ByConnection.GetOrCreateValue(connection);
        if (lists.Engines is { } known)
        {
            return known;
        }

        return lists.Engines = await connection.ListAsync(SystemListOperations.SearchEngines, NoQuery.Value, trace, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<GoogleLanguage>> LanguagesAsync(ApiConnection connection, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var lists = ByConnection.GetOrCreateValue(connection);
        if (lists.Languages is { } known)
        {
            return known;
        }

        return lists.Languages = await connection.ListAsync(SystemListOperations.GoogleLanguages, NoQuery.Value, trace, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<GoogleRegion>> RegionsAsync(ApiConnection connection, GoogleRegionQuery query, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var lists = ByConnection.GetOrCreateValue(connection);
        var key = (query.Search ?? string.Empty).Trim().ToUpperInvariant() + "|" + query.RegionId + "|" + query.Limit;
        if (lists.Regions.TryGetValue(key, out var known))
        {
            return known;
        }

        var rows = await connection.ListAsync(SystemListOperations.GoogleRegions, query, trace, cancellationToken).ConfigureAwait(false);
        lists.Regions[key] = rows;
        return rows;
    }

    /// <summary>
    /// What a completer offers: the list from the cache, or read within a few seconds; nothing
    /// when the Project API is not connected or does not answer in time (Tab must not hang).
    /// </summary>
    public static IReadOnlyList<T> ForCompletion<T>(Func<ApiConnection, CancellationToken, Task<IReadOnlyList<T>>> read)
    {
        ApiConnection connection;
        try
        {
            connection = ModuleSession.Require(ApiKind.SeRankingProject);
        }
        catch (Exception refused) when (refused is NotConnectedException or ArgumentException)
        {
            return [];
        }

        using var timeout = new CancellationTokenSource(CompletionWait);
        try
        {
            return Task.Run(() => read(connection, timeout.Token)).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // Completion offers what it can; any failure means nothing to offer.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }

    private sealed class Lists
    {
        public IReadOnlyList<SearchEngine>? Engines { get; set; }

        public IReadOnlyList<GoogleLanguage>? Languages { get; set; }

        public ConcurrentDictionary<string, IReadOnlyList<GoogleRegion>> Regions { get; } = new(StringComparer.Ordinal);
    }
}
