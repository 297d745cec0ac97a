using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.SubAccounts;

/// <summary>One sub-account by its id: read, delete, its projects.</summary>
public sealed record SubAccountQuery
{
    public long UserId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var id = ProjectChecks.Id("UserId", UserId);
        writer.AddId("user_id", id);
        writer.Target = SubAccountQuery.Name(id);
    }

    internal static string Name(long id) => "sub-account " + id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A sub-account's settings, as POST /users creates them and PATCH /users/{user_id} changes them:
/// the body is <c>[{"key": "data", "value": [{"setting.account_email": …}, …]}]</c>, with only the
/// items given. <see cref="Access"/> replaces the whole set of access codes.
/// </summary>
public sealed record SubAccountSettingsQuery
{
    public static IReadOnlyList<string> Types { get; } = ["client", "user"];

    public static IReadOnlyList<string> Periods { get; } = ["day", "week", "month"];

    /// <summary>The sub-account to change; null when creating one.</summary>
    public long? UserId { get; init; }

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>An ISO 639-1 code (en, de…).</summary>
    public string? Language { get; init; }

    /// <summary>client or user.</summary>
    public string? Type { get; init; }

    /// <summary>Optional: without it SE Ranking mails a temporary one (the hosted MCP no longer sends it).</summary>
    public string? Password { get; init; }

    /// <summary>day, week or month.</summary>
    public string? BalanceLimitPeriod { get; init; }

    public long? BalanceLimitAmount { get; init; }

    /// <summary>Access codes: the whole set (a change replaces it).</summary>
    public IReadOnlyList<string>? Access { get; init; }

    internal bool Creating => UserId is null;

    internal void WriteTo(RequestWriter writer)
    {
        var items = new List<KeyValuePair<string, object?>>();
        void Item(string key, object? value)
        {
            if (value is not null)
            {
                items.Add(new(key, value));
            }
        }

        var email = ProjectChecks.Text("Email", Email, 255, required: Creating);
        if (email is not null && (email.Contains(' ') || email.IndexOf('@') is < 1 || email.IndexOf('@') == email.Length - 1 || email.IndexOf('.', email.IndexOf('@')) < 0))
        {
            throw new InvalidInputException("Email", $"-Email '{email}' is not an e-mail address.");
        }

        Item("setting.account_email", email);
        Item("setting.account_first_name", ProjectChecks.Text("FirstName", FirstName, 255, required: Creating));
        Item("setting.account_last_name", ProjectChecks.Text("LastName", LastName, 255));
        if (Language is { } language)
        {
            var code = language.Trim().ToLowerInvariant();
            Item("setting.account_lang", code.Length == 2 && code.All(c => c is >= 'a' and <= 'z') ? code : throw new InvalidInputException("Language", $"-Language '{language}' is not a two-letter ISO 639-1 code such as en or de."));
        }

        Item("setting.account_type", Type is null ? null : Check.OneOf("Type", Type.Trim().ToLowerInvariant(), [.. Types]));
        Item("setting.account_password", Password is { Length: > 0 } password ? (password.Length >= 6 ? password : throw new InvalidInputException("Password", "-Password must have at least 6 characters.")) : null);
        Item("limit.balance.period", BalanceLimitPeriod is null ? null : Check.OneOf("BalanceLimitPeriod", BalanceLimitPeriod.Trim().ToLowerInvariant(), [.. Periods]));
        if (BalanceLimitAmount is { } amount)
        {
            Check.Range("BalanceLimitAmount", amount, 0, long.MaxValue);
            Item("limit.balance.amount", amount);
        }

        Item("access", Access?.Select(code => ProjectChecks.Text("Access", code, 64, required: true)!).Distinct().ToList());

        if (Creating)
        {
            writer.Target = email;
        }
        else
        {
            var id = ProjectChecks.Id("UserId", UserId);
            writer.AddId("user_id", id);
            writer.Target = SubAccountQuery.Name(id);
            if (items.Count == 0)
            {
                throw new InvalidInputException("UserId", $"Nothing to change for {writer.Target}: give at least one setting.");
            }
        }

        // Each setting is an object of its own in the "value" list, as the reference shows.
        var value = items.Select(item => (IEnumerable<KeyValuePair<string, object?>>)[item]).ToList();
        writer.SetBody(new List<object> { new KeyValuePair<string, object?>[] { new("key", "data"), new("value", value) } });
    }
}

/// <summary>
/// Projects to share with a sub-account (POST /users/{user_id}/shared-sites): on the legacy host a
/// JSON array of site ids that replaces the shared set; on the unified host <c>{"site_ids": n}</c>,
/// one project a call (an array got 400 there).
/// </summary>
public sealed record SubAccountShareQuery
{
    public long UserId { get; init; }

    public IReadOnlyList<long> SiteIds { get; init; } = [];

    internal void WriteTo(RequestWriter writer)
    {
        var id = ProjectChecks.Id("UserId", UserId);
        var sites = ProjectChecks.Ids("SiteId", SiteIds) ?? throw new InvalidInputException("SiteId", "-SiteId is required: the projects to share.");
        writer.AddId("user_id", id);
        writer.Target = (sites.Count == 1 ? ProjectChecks.Project(sites[0]) : sites.Count.ToString("N0", CultureInfo.InvariantCulture) + " projects") + " with " + SubAccountQuery.Name(id);
        if (writer.Dialect == ProjectDialect.Unified)
        {
            writer.Add("site_ids", sites.Count == 1 ? sites[0] : throw new InvalidInputException("SiteId", "The unified host takes one project a call (site_ids as one integer); share them one by one."));
        }
        else
        {
            writer.SetBody(sites.ToList());
        }
    }
}
