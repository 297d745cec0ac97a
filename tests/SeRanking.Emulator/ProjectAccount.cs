using System.Threading;

namespace SeRanking.Emulator;

/// <summary>An SE Ranking Project API account: a 40-hex key, a money balance and a profile.</summary>
public sealed class ProjectAccount
{
    // decimal reads and writes are not atomic, and tests change the balance while requests run.
    private readonly Lock _balanceGate = new();
    private decimal _balance;
    private volatile bool _licenseExpired;

    internal ProjectAccount(string key, decimal balance)
    {
        Key = key;
        _balance = balance;
    }

    /// <summary>The API key (40 lowercase hexadecimal characters).</summary>
    public string Key { get; }

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
