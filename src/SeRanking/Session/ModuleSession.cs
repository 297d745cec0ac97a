using System;
using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Transport;

namespace SeRanking.Session;

/// <summary>
/// The connections of this process, one per API. Process-wide on purpose (as Microsoft.Graph and
/// Az do): `ForEach-Object -Parallel`, thread jobs and runspace pools see the connection made
/// at the prompt, and they share each key's rate limiter with it, which the engine keeps per key
/// for the whole process.
/// </summary>
internal static class ModuleSession
{
    private static readonly object Gate = new();
    private static readonly Dictionary<ApiKind, Entry> Connections = [];

    // APIs a Connect-* or Disconnect-* has named in this process: from then on the user decides,
    // and the environment is no longer read on its own (a Disconnect stays disconnected).
    private static readonly HashSet<ApiKind> ChosenByUser = [];

    public static ApiConnectionInfo Connect(ApiConnection connection, string keySource, long? creditBudget = null)
    {
        var connect = connection.Api == ApiKind.Serpstat ? "Connect-Serpstat" : "Connect-SeRanking";
        var entry = new Entry(connection, keySource, DateTime.Now, creditBudget is { } limit ? new CreditBudget(limit, connect) : null);
        lock (Gate)
        {
            Connections[connection.Api] = entry;
            ChosenByUser.Add(connection.Api);
        }

        return entry.Describe();
    }

    public static bool Disconnect(ApiKind api)
    {
        lock (Gate)
        {
            ChosenByUser.Add(api);
            return Connections.Remove(api);
        }
    }

    /// <summary>
    /// The connection for <paramref name="api"/>. When no Connect-* or Disconnect-* has named the
    /// API in this process and its key variable is set, connects from the environment first, so a
    /// runbook needs no Connect line. Otherwise an error that says which Connect-* to run.
    /// </summary>
    /// <exception cref="NotConnectedException">Not connected, and nothing to connect from.</exception>
    /// <exception cref="Engine.Keys.InvalidApiKeyException">The key variable holds no usable key.</exception>
    public static ApiConnection Require(ApiKind api)
    {
        lock (Gate)
        {
            if (Connections.TryGetValue(api, out var entry))
            {
                return entry.Connection;
            }

            if (!ChosenByUser.Contains(api) && EnvironmentConnection.TryCreate(api) is { } automatic)
            {
                Connections[api] = new Entry(automatic.Connection, automatic.KeySource, DateTime.Now, null);
                return automatic.Connection;
            }

            throw new NotConnectedException(api, disconnected: ChosenByUser.Contains(api));
        }
    }

    /// <summary>The connection made for <paramref name="api"/>, if any; never connects (for -WhatIf texts and completers).</summary>
    public static ApiConnection? Current(ApiKind api)
    {
        lock (Gate)
        {
            return Connections.TryGetValue(api, out var entry) ? entry.Connection : null;
        }
    }

    /// <summary>
    /// Holds the forecast credits of a call against the connection's budget, before anything is
    /// sent; null when the connection has no budget.
    /// </summary>
    /// <exception cref="CreditBudgetExceededException">The call does not fit in what is left.</exception>
    public static CreditReservation? Reserve(ApiKind api, CreditForecast forecast) => Reserve(api, forecast, forecast.ToString());

    /// <inheritdoc cref="Reserve(ApiKind, CreditForecast)"/>
    /// <param name="api">The API whose budget is drawn on.</param>
    /// <param name="forecast">What the call may cost.</param>
    /// <param name="call">How a refusal names the call.</param>
    public static CreditReservation? Reserve(ApiKind api, CreditForecast forecast, string call)
    {
        Entry? entry;
        lock (Gate)
        {
            entry = Connections.TryGetValue(api, out var found) ? found : null;
        }

        // A call that can spend is held even when its forecast is 0 (billed per row, rows unknown):
        // the hold records what it really spends, and an empty budget refuses it. What the API
        // said the account has left (Serpstat's left_lines) bounds the budget too.
        var free = forecast.PerRequest == 0 && forecast.PerRecord == 0 && forecast.MinimumPerCall == 0;
        return free ? null : entry?.Budget?.Reserve(forecast.Credits, call, entry.Connection.CreditsLeft);
    }

    /// <summary>The credits the API's budget has left (and the account, as the API last said), or null when it has no budget.</summary>
    public static long? CreditsLeft(ApiKind api)
    {
        lock (Gate)
        {
            return Connections.TryGetValue(api, out var entry) ? entry.Budget?.LeftWith(entry.Connection.CreditsLeft) : null;
        }
    }

    public static IReadOnlyList<ApiConnectionInfo> Describe()
    {
        lock (Gate)
        {
            return Connections.OrderBy(c => c.Key).Select(c => c.Value.Describe()).ToList();
        }
    }

    private sealed record Entry(ApiConnection Connection, string KeySource, DateTime ConnectedAt, CreditBudget? Budget)
    {
        public ApiConnectionInfo Describe()
        {
            var options = Connection.Options;
            var (proxy, authentication, userName) = ConnectionSettings.Describe(options);
            return new(Connection.Api.DisplayName(), Connection.Key.ToString(), Connection.BaseUri, Connection.RequestsPerWindow, KeySource, ConnectedAt)
            {
                Dialect = Connection.ProjectDialect?.ToString(),
                CreditBudget = Budget?.Limit,
                CreditsSpent = Budget?.Spent,
                CreditsLeftAtApi = Connection.CreditsLeft,
                TimeoutSec = (int)Math.Round(options.Timeout.TotalSeconds),
                MaxRetries = options.MaxRetries,
                Proxy = proxy,
                ProxyAuthentication = authentication,
                ProxyUserName = userName,
            };
        }
    }
}
