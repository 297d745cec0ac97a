using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SeRanking.Emulator;

/// <summary>
/// One request the emulator received, recorded once its answer is known. It never holds a key:
/// the query has token/apikey values masked and only the key's first characters are kept.
/// </summary>
/// <param name="ReceivedAt">Wall-clock arrival time.</param>
/// <param name="ReceivedTicks"><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> at arrival, for precise rate-window checks.</param>
/// <param name="Api">Which API was called.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">API-relative path without the query (for Serpstat: the JSON-RPC method name).</param>
/// <param name="QueryRedacted">The raw query string without '?', with token= and apikey= values replaced by ***.</param>
/// <param name="AuthorizationScheme">The scheme word of the Authorization header (e.g. "Token"), or null.</param>
/// <param name="AcceptEncoding">The Accept-Encoding header, or null.</param>
/// <param name="UserAgent">The User-Agent header, or null.</param>
/// <param name="Body">The request body, or null when empty.</param>
/// <param name="StatusCode">The status answered; 0 when the connection was reset or the client left first.</param>
/// <param name="Fault">The <see cref="FaultKind"/> name of the fault applied, or null.</param>
/// <param name="KeyFingerprint">The first eight characters of the key sent (<see cref="RequestLog.FingerprintOf"/>), to group requests by key; null when none.</param>
public sealed record LoggedRequest(
    DateTimeOffset ReceivedAt,
    long ReceivedTicks,
    EmulatedApi Api,
    string Method,
    string Path,
    string QueryRedacted,
    string? AuthorizationScheme,
    string? AcceptEncoding,
    string? UserAgent,
    string? Body,
    int StatusCode,
    string? Fault,
    string? KeyFingerprint);

/// <summary>Every API request received (control requests excluded), in arrival order.</summary>
public sealed class RequestLog
{
    private const int FingerprintLength = 8;

    /// <summary>
    /// How a key appears in <see cref="LoggedRequest.KeyFingerprint"/>: long enough that two random
    /// test keys never share one, short enough that the log is no store of keys.
    /// </summary>
    public static string FingerprintOf(string key) => key[..Math.Min(FingerprintLength, key.Length)];

    private readonly Lock _gate = new();
    private readonly List<LoggedRequest> _entries = [];

    /// <summary>
    /// A copy of the log ordered by arrival. A request still being answered (e.g. one held by a
    /// slow fault) appears once it is answered.
    /// </summary>
    public IReadOnlyList<LoggedRequest> Snapshot()
    {
        lock (_gate)
        {
            // Entries are added when answered, so a slow early request lands after quick later ones.
            return _entries.OrderBy(entry => entry.ReceivedTicks).ToArray();
        }
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>How many requests used <paramref name="method"/> on a path containing <paramref name="pathContains"/>.</summary>
    public int Count(string method, string pathContains)
    {
        lock (_gate)
        {
            return _entries.Count(entry =>
                string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase)
                && entry.Path.Contains(pathContains, StringComparison.OrdinalIgnoreCase));
        }
    }

    internal void Add(LoggedRequest entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
