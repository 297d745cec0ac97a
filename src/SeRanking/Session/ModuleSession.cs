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

    public static ApiConnectionInfo Connect(ApiConnection connection, string keySource, long? creditBudget = null)
    {
        var entry = new Entry(connection, keySource, DateTime.Now, creditBudget is { } limit ? new CreditBudget(limit) : null);
        lock (Gate)
        {
            Connections[connection.Api] = entry;
        }

        return entry.Describe();
    }

    public static bool Disconnect(ApiKind api)
    {
        lock (Gate)
        {
            return Connections.Remove(api);
        }
    }

    /// <summary>The connection for <paramref name="api"/>, or an error that says which Connect-* to run.</summary>
    public static ApiConnection Require(ApiKind api)
    {
        lock (Gate)
        {
            return Connections.TryGetValue(api, out var entry) ? entry.Connection : throw new NotConnectedException(api);
        }
    }

    /// <summary>
    /// Holds the forecast credits of a call against the connection's budget, before anything is
    /// sent; null when the connection has no budget.
    /// </summary>
    /// <exception cref="CreditBudgetExceededException">The call does not fit in what is left.</exception>
    public static CreditReservation? Reserve(ApiKind api, CreditForecast forecast)
    {
        CreditBudget? budget;
        lock (Gate)
        {
            budget = Connections.TryGetValue(api, out var entry) ? entry.Budget : null;
        }

        return forecast.Credits == 0 ? null : budget?.Reserve(forecast.Credits, forecast.ToString());
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
                CreditBudget = Budget?.Limit,
                CreditsSpent = Budget?.Spent,
                TimeoutSec = (int)Math.Round(options.Timeout.TotalSeconds),
                MaxRetries = options.MaxRetries,
                Proxy = proxy,
                ProxyAuthentication = authentication,
                ProxyUserName = userName,
            };
        }
    }
}
