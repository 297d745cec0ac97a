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

    /// <summary>
    /// For the Project API, which form of it the key reaches: "Unified" (api.seranking.com/v1/project-management,
    /// the SE Ranking API key) or "Legacy" (api4.seranking.com, a 40-hex Project API key); null for the other APIs.
    /// </summary>
    public string? Dialect { get; internal init; }

    /// <summary>The most credits this session may spend with the key (-CreditBudget); null for no cap.</summary>
    public long? CreditBudget { get; internal init; }

    /// <summary>Credits spent under the budget so far in this process; null without a budget.</summary>
    public long? CreditsSpent { get; internal init; }

    /// <summary>
    /// The credits the account has left, as the API's latest answer in this process said
    /// (Serpstat's left_lines, in every answer); null before any answer said it.
    /// </summary>
    public long? CreditsLeftAtApi { get; internal init; }

    /// <summary>How long one attempt may take (-TimeoutSec).</summary>
    public int TimeoutSec { get; internal init; } = ConnectionSettings.DefaultTimeoutSec;

    /// <summary>Retries after the first attempt, for failures that are safe to retry (-MaxRetries).</summary>
    public int MaxRetries { get; internal init; } = ConnectionSettings.DefaultMaxRetries;

    /// <summary>The proxy's URL (-Proxy), "system" for the system proxy, or "none" (-NoProxy).</summary>
    public string Proxy { get; internal init; } = ConnectionSettings.SystemProxy;

    /// <summary>"None", "Credential" (-ProxyCredential) or "DefaultCredentials" (-ProxyUseDefaultCredentials).</summary>
    public string ProxyAuthentication { get; internal init; } = "None";

    /// <summary>The proxy user name with "Credential"; the password is never kept here.</summary>
    public string? ProxyUserName { get; internal init; }

    public override string ToString() => $"{Api} ({Key})";
}
