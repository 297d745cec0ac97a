using System;

namespace SeRanking.Session;

/// <summary>
/// One API this session is connected to, as Connect-SeRanking, Connect-Serpstat and
/// Get-SrConnection show it. The key is masked: only its first characters are kept.
/// </summary>
public sealed class ApiConnectionInfo
{
    internal ApiConnectionInfo(string api, string key, Uri baseUrl, int requestsPerSecond, string keySource, DateTime connectedAt)
    {
        Api = api;
        Key = key;
        BaseUrl = baseUrl;
        RequestsPerSecond = requestsPerSecond;
        KeySource = keySource;
        ConnectedAt = connectedAt;
    }

    /// <summary>"SE Ranking Data API", "SE Ranking Project API" or "Serpstat API".</summary>
    public string Api { get; }

    /// <summary>The key's kind and first characters, e.g. "Data API key 80cf…".</summary>
    public string Key { get; }

    public Uri BaseUrl { get; }

    /// <summary>The rate limit this process keeps to for the key, shared by every runspace.</summary>
    public int RequestsPerSecond { get; }

    /// <summary>Where the key came from: a parameter or an environment variable (named).</summary>
    public string KeySource { get; }

    public DateTime ConnectedAt { get; }

    /// <summary>The most credits this session may spend with the key (-CreditBudget); null for no cap.</summary>
    public long? CreditBudget { get; internal init; }

    /// <summary>Credits spent under the budget so far in this process; null without a budget.</summary>
    public long? CreditsSpent { get; internal init; }

    public override string ToString() => $"{Api} ({Key})";
}
