using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;

namespace SeRanking.Emulator;

/// <summary>
/// The accounts the emulator knows, one registry per API. Keys are generated in each API's
/// real format, so a client's key-kind checks see realistic values; a key of one API is
/// unknown to the others.
/// </summary>
public sealed class EmulatorAccounts
{
    private readonly Registry<DataAccount> _data = new();
    private readonly Registry<ProjectAccount> _project = new();
    private readonly Registry<SerpstatAccount> _serpstat = new();

    /// <summary>Accounts of the Data API, oldest first.</summary>
    public IReadOnlyList<DataAccount> DataAccounts => _data.Snapshot();

    /// <summary>Accounts of the Project API, oldest first.</summary>
    public IReadOnlyList<ProjectAccount> ProjectAccounts => _project.Snapshot();

    /// <summary>Accounts of Serpstat, oldest first.</summary>
    public IReadOnlyList<SerpstatAccount> SerpstatAccounts => _serpstat.Snapshot();

    /// <summary>Adds a Data API account with a fresh UUID key.</summary>
    public DataAccount AddData(long credits = 1_000_000)
    {
        var account = new DataAccount(Guid.NewGuid().ToString(), credits, DateTimeOffset.UtcNow);
        _data.Add(account.Key, account);
        return account;
    }

    /// <summary>
    /// Adds a Project API account with a fresh 40-hex key, and its SE Ranking API key (a UUID),
    /// which is also a Data API account's key: one token for both APIs, as since May 2026.
    /// </summary>
    public ProjectAccount AddProject(decimal balance = 412.85m, long credits = 1_000_000)
    {
        var data = new DataAccount(Guid.NewGuid().ToString(), credits, DateTimeOffset.UtcNow);
        var account = new ProjectAccount(RandomNumberGenerator.GetHexString(40, lowercase: true), data.Key, balance);
        data.Project = account;
        _project.Add(account.Key, account);
        _data.Add(data.Key, data);
        return account;
    }

    /// <summary>Adds a Serpstat account with a fresh 32-hex token.</summary>
    public SerpstatAccount AddSerpstat(long lines = 500_000)
    {
        var userId = RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
        var account = new SerpstatAccount(RandomNumberGenerator.GetHexString(32, lowercase: true), lines, userId);
        _serpstat.Add(account.Token, account);
        return account;
    }

    /// <summary>The Data account with this key, or null.</summary>
    public DataAccount? FindData(string? key) => _data.Find(key);

    /// <summary>Which API a key belongs to when it is one of this emulator's keys; null for strangers.</summary>
    public EmulatedApi? KindOf(string? key) =>
        _data.Find(key) is not null ? EmulatedApi.Data
        : _project.Find(key) is not null ? EmulatedApi.Project
        : _serpstat.Find(key) is not null ? EmulatedApi.Serpstat
        : null;

    /// <summary>The Project account with this key, or null.</summary>
    public ProjectAccount? FindProject(string? key) => _project.Find(key);

    /// <summary>The Serpstat account with this token, or null.</summary>
    public SerpstatAccount? FindSerpstat(string? token) => _serpstat.Find(token);

    /// <summary>Lookup by key plus creation order, which a dictionary alone does not keep.</summary>
    private sealed class Registry<TAccount>
        where TAccount : class
    {
        private readonly ConcurrentDictionary<string, TAccount> _byKey = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<TAccount> _inOrder = new();

        public void Add(string key, TAccount account)
        {
            _byKey[key] = account;
            _inOrder.Enqueue(account);
        }

        public TAccount? Find(string? key) =>
            key is not null && _byKey.TryGetValue(key, out var account) ? account : null;

        public TAccount[] Snapshot() => _inOrder.ToArray();
    }
}
