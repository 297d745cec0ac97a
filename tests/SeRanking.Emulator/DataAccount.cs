using System;
using System.Threading;

namespace SeRanking.Emulator;

/// <summary>How the emulated Data API words "Insufficient funds"; the sources disagree, so a client must parse both.</summary>
public enum InsufficientFundsStyle
{
    /// <summary>HTTP 400 <c>{"error_description":"Insufficient funds, API key is temporarily disabled. …"}</c>, as in the seed document.</summary>
    Http400Description,

    /// <summary>HTTP 403 <c>{"error":{"code":403,"message":"Insufficient funds","description":"…"}}</c>, as in SE Ranking's seo-skills pages.</summary>
    Http403Nested,
}

/// <summary>An SE Ranking Data API account: a UUID key and a credit balance.</summary>
public sealed class DataAccount
{
    private long _credits;
    private long _creditsSpent;
    private volatile bool _licenseExpired;
    private volatile InsufficientFundsStyle _fundsErrorStyle = InsufficientFundsStyle.Http400Description;

    internal DataAccount(string key, long credits, DateTimeOffset createdAt)
    {
        Key = key;
        _credits = credits;
        CreditsLimit = credits;
        CreatedAt = createdAt;
    }

    /// <summary>The API key (UUID form).</summary>
    public string Key { get; }

    /// <summary>Credits left; a test may set it directly, e.g. to run the account dry.</summary>
    public long Credits
    {
        get => Interlocked.Read(ref _credits);
        set => Interlocked.Exchange(ref _credits, value);
    }

    /// <summary>The credits the account started with (the plan's <c>units_limit</c>).</summary>
    public long CreditsLimit { get; }

    /// <summary>Total credits charged by successful calls.</summary>
    public long CreditsSpent => Interlocked.Read(ref _creditsSpent);

    /// <summary>When set, every call answers 403 <c>License expired</c>.</summary>
    public bool LicenseExpired
    {
        get => _licenseExpired;
        set => _licenseExpired = value;
    }

    /// <summary>Which of the two documented "Insufficient funds" answers this account gives.</summary>
    public InsufficientFundsStyle FundsErrorStyle
    {
        get => _fundsErrorStyle;
        set => _fundsErrorStyle = value;
    }

    internal DateTimeOffset CreatedAt { get; }

    /// <summary>The Project API account this key also opens on the unified host; null when the plan has no Project API.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ProjectAccount? Project { get; internal set; }

    /// <summary>
    /// Takes <paramref name="cost"/> credits, all or nothing: concurrent calls on one key must
    /// never overdraw it, as the real API refuses a call it cannot pay for in full.
    /// </summary>
    internal bool TryCharge(long cost)
    {
        while (true)
        {
            long current = Interlocked.Read(ref _credits);
            if (current < cost)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _credits, current - cost, current) == current)
            {
                Interlocked.Add(ref _creditsSpent, cost);
                return true;
            }
        }
    }
}
