using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Positions;

namespace SeRanking.Engine.Project.SubAccounts;

/// <summary>
/// A sub-account (user) of the account (GET /users, unified GET /users; one by id: GET /users/{user_id},
/// unified GET /users?user_id=). <see cref="UserId"/> binds to every sub-account cmdlet. The list's
/// fields are as the reference names them (unconfirmed detail); the one-account read's settings,
/// access and limits are read under the key/value names the writes use, or plain ones.
/// </summary>
[TableView("UserId", "Email", "FirstName", "LastName", "Type", "ProjectCount")]
public sealed class SubAccount : IJsonOnDeserialized
{
    [JsonIgnore]
    public long UserId { get; set; }

    [JsonIgnore]
    public string? Email { get; set; }

    [JsonIgnore]
    public string? FirstName { get; set; }

    [JsonIgnore]
    public string? LastName { get; set; }

    /// <summary><c>client</c> or <c>user</c>.</summary>
    [JsonIgnore]
    public string? Type { get; set; }

    [JsonIgnore]
    public string? Language { get; set; }

    /// <summary>Projects the sub-account has (<c>account_sites_count</c>).</summary>
    [JsonIgnore]
    public long? ProjectCount { get; set; }

    [JsonIgnore]
    public bool? BlockedByLimits { get; set; }

    /// <summary>The spending limit's period: day, week or month (with one account read).</summary>
    [JsonIgnore]
    public string? BalanceLimitPeriod { get; set; }

    [JsonIgnore]
    public double? BalanceLimitAmount { get; set; }

    /// <summary>The access codes granted (with one account read), as one CSV cell.</summary>
    [JsonIgnore]
    public TopList<string>? Access { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is not { } extra)
        {
            return;
        }

        UserId = extra.TakeLong("account_id", "user_id", "id") ?? 0;
        Email = extra.TakeString("account_email", "setting.account_email", "email");
        FirstName = extra.TakeString("account_first_name", "setting.account_first_name", "first_name");
        LastName = extra.TakeString("account_last_name", "setting.account_last_name", "last_name");
        Type = extra.TakeString("account_type", "setting.account_type", "type");
        Language = extra.TakeString("account_lang", "setting.account_lang", "lang");
        ProjectCount = extra.TakeLong("account_sites_count", "sites_count");
        BlockedByLimits = extra.TakeLong("is_blocked_by_limits") is { } blocked ? blocked != 0 : extra.TakeString("is_blocked_by_limits") is { } text ? text is "true" or "1" : null;
        BalanceLimitPeriod = extra.TakeString("limit.balance.period", "balance_limit_period");
        BalanceLimitAmount = extra.TakeDouble("limit.balance.amount", "balance_limit_amount");
        if (extra.TryGetValue("access", out var access) && access.ValueKind == JsonValueKind.Array)
        {
            extra.Remove("access");
            Access = [];
            foreach (var code in access.EnumerateArray())
            {
                Access.Add(code.ValueKind == JsonValueKind.String ? code.GetString()! : code.GetRawText());
            }
        }

        AdditionalFields = extra.NullIfEmpty();
    }
}

/// <summary>
/// A project a sub-account owns or has shared with it (GET /users/{user_id}/own-sites and
/// /shared-sites, unified /users/owned-sites and /users/shared-sites). The answers are "site ids":
/// a list of numbers or of objects, both read.
/// </summary>
[TableView("UserId", "SiteId", "Relation", "Title")]
[JsonConverter(typeof(RawJsonRowConverter<SubAccountProject>))]
public sealed class SubAccountProject : IRawJsonRow
{
    public long UserId { get; set; }

    public long SiteId { get; set; }

    /// <summary>Owned or Shared.</summary>
    public string Relation { get; set; } = string.Empty;

    /// <summary>The project's title, where the answer has it.</summary>
    public string? Title { get; set; }

    JsonElement IRawJsonRow.Raw { get; set; }

    /// <summary>The project ids of the answer's element: a number, a numeric string, an object with site_id or id, or a list of those.</summary>
    internal IEnumerable<SubAccountProject> Spread()
    {
        var raw = ((IRawJsonRow)this).Raw;
        foreach (var (id, title) in Ids(raw))
        {
            yield return new SubAccountProject { UserId = UserId, Relation = Relation, SiteId = id, Title = title };
        }
    }

    private static IEnumerable<(long Id, string? Title)> Ids(JsonElement raw)
    {
        switch (raw.ValueKind)
        {
            case JsonValueKind.Number when raw.TryGetInt64(out var id):
                yield return (id, null);
                break;
            case JsonValueKind.String when long.TryParse(raw.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed):
                yield return (parsed, null);
                break;
            case JsonValueKind.Object:
                foreach (var key in new[] { "site_id", "id" })
                {
                    if (raw.TryGetProperty(key, out var value) && value.ValueKind is JsonValueKind.Number or JsonValueKind.String
                        && long.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var fromObject))
                    {
                        yield return (fromObject, raw.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : raw.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null);
                        break;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in raw.EnumerateArray())
                {
                    foreach (var pair in Ids(item))
                    {
                        yield return pair;
                    }
                }

                break;
        }
    }
}

/// <summary>Projects shared with a sub-account by Add-SrSubAccountProject: what was asked, and what the API's set holds afterwards.</summary>
[TableView("UserId", "SiteId", "Status", "Message")]
public sealed class SubAccountShare
{
    public long UserId { get; set; }

    public long SiteId { get; set; }

    /// <summary>Shared (newly), AlreadyShared, or Lost (was shared before, is not afterwards).</summary>
    public string Status { get; set; } = string.Empty;

    public string? Message { get; set; }
}
