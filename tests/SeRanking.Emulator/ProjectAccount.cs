using System.Text.Json.Serialization;
using System.Threading;
using SeRanking.Emulator.Project;

namespace SeRanking.Emulator;

/// <summary>
/// An SE Ranking Project API account: its projects (<see cref="Workspace"/>), a money balance and
/// a profile, reachable in both dialects: on the legacy host with <see cref="Key"/> (40 hex), on
/// the unified host with <see cref="UnifiedKey"/> (a UUID that is also a Data API key).
/// </summary>
public sealed class ProjectAccount
{
    // decimal reads and writes are not atomic, and tests change the balance while requests run.
    private readonly Lock _balanceGate = new();
    private decimal _balance;
    private volatile bool _licenseExpired;

    internal ProjectAccount(string key, string unifiedKey, decimal balance)
    {
        Key = key;
        UnifiedKey = unifiedKey;
        _balance = balance;
    }

    /// <summary>The legacy Project API key (40 lowercase hexadecimal characters), for api4's paths under <c>/project/</c>.</summary>
    public string Key { get; }

    /// <summary>
    /// The account's SE Ranking API key (a UUID): the Data API under <c>/data/</c>, and this
    /// account's projects under <c>/data/v1/project-management/</c>.
    /// </summary>
    public string UnifiedKey { get; }

    /// <summary>The projects, engines and keywords both dialects read and change.</summary>
    [JsonIgnore]
    public ProjectWorkspace Workspace { get; } = new();

    /// <summary>Money balance reported by <c>account/balance</c> and <c>account/subscription</c>.</summary>
    public decimal Balance
    {
        get
        {
            lock (_balanceGate)
            {
                return _balance;
            }
        }

        set
        {
            lock (_balanceGate)
            {
                _balance = value;
            }
        }
    }

    /// <summary>ISO currency code of <see cref="Balance"/>.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>Profile e-mail address.</summary>
    public string Email { get; set; } = "seo-team@example-shop.com";

    /// <summary>Profile first name.</summary>
    public string FirstName { get; set; } = "Dana";

    /// <summary>Profile last name.</summary>
    public string LastName { get; set; } = "Kowalski";

    /// <summary>When set, balance and profile answer 403 and the subscription says <c>"is_expired":"true"</c>.</summary>
    public bool LicenseExpired
    {
        get => _licenseExpired;
        set => _licenseExpired = value;
    }
}
