using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>Sub-accounts and their projects, in both dialects (Project reference §10; unified map #89–#96).</summary>
internal static class SubAccountRoutes
{
    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET users", "GET users", ListOrOne),
        new("GET users/{user_id}", null, One),
        new("POST users", "POST users", Create),
        new("PATCH users/{user_id}", "PATCH users", Update),
        new("DELETE users/{user_id}", "DELETE users", Delete),
        new("GET users/{user_id}/own-sites", "GET users/owned-sites", request => Sites(request, owned: true)),
        new("GET users/{user_id}/shared-sites", "GET users/shared-sites", request => Sites(request, owned: false)),
        new("POST users/{user_id}/shared-sites", "POST users/shared-sites", Share),
    ];

    private static EmulatedUser Find(ProjectRequest request) =>
        request.Workspace.User(request.RequireId("user_id")) ?? throw new ProjectRefusal(404, "User not found");

    /// <summary>The unified host serves one sub-account at the list's path, with user_id.</summary>
    private static ApiResponse ListOrOne(ProjectRequest request)
    {
        if (request.Dialect == ProjectDialect.Unified && request.QueryText("user_id") is not null)
        {
            return One(request);
        }

        var limit = (int)(request.QueryLong("limit") ?? 100);
        var offset = (int)(request.QueryLong("offset") ?? 0);
        if (limit is < 1 or > 100 || offset < 0)
        {
            throw new ProjectRefusal(400, "limit: must be between 1 and 100");
        }

        var users = request.Workspace.Users;
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("list");
            foreach (var user in users.Skip(offset).Take(limit))
            {
                json.WriteStartObject();
                json.WriteNumber("account_id", user.Id);
                json.WriteString("account_email", user.Email);
                json.WriteString("account_first_name", user.FirstName);
                json.WriteString("account_last_name", user.LastName);
                json.WriteString("account_type", user.Type);
                json.WriteString("account_lang", user.Language);
                json.WriteNumber("account_sites_count", user.OwnedSites.Count + user.SharedSites.Count);
                json.WriteBoolean("is_blocked_by_limits", false);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("all_count", users.Count);
            json.WriteEndObject();
        }));
    }

    private static ApiResponse One(ProjectRequest request)
    {
        var user = Find(request);
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("id", user.Id);
            json.WriteString("setting.account_email", user.Email);
            json.WriteString("setting.account_first_name", user.FirstName);
            json.WriteString("setting.account_last_name", user.LastName);
            json.WriteString("setting.account_type", user.Type);
            json.WriteString("setting.account_lang", user.Language);
            json.WriteString("limit.balance.period", user.BalancePeriod);
            if (user.BalanceAmount is { } amount)
            {
                json.WriteNumber("limit.balance.amount", amount);
            }

            json.WriteStartArray("access");
            user.Access.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    /// <summary>The settings of a <c>[{"key": "data", "value": [{name: value}, …]}]</c> body.</summary>
    private static Dictionary<string, JsonElement> Settings(ProjectRequest request)
    {
        if (request.Body is not { ValueKind: JsonValueKind.Array } body || body.GetArrayLength() == 0)
        {
            throw new ProjectRefusal(400, "The request body must be [{\"key\": \"data\", \"value\": [...]}].");
        }

        var settings = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var block in body.EnumerateArray())
        {
            if (block.ValueKind != JsonValueKind.Object || !block.TryGetProperty("key", out var key) || key.GetString() != "data"
                || !block.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
            {
                throw new ProjectRefusal(400, "Each block must be {\"key\": \"data\", \"value\": [...]}.");
            }

            foreach (var item in value.EnumerateArray())
            {
                foreach (var property in item.EnumerateObject())
                {
                    settings[property.Name] = property.Value.Clone();
                }
            }
        }

        return settings;
    }

    private static void Apply(EmulatedUser user, Dictionary<string, JsonElement> settings)
    {
        string? Text(string name) => settings.TryGetValue(name, out var value) ? value.ToString() : null;
        user.Email = Text("setting.account_email") ?? user.Email;
        user.FirstName = Text("setting.account_first_name") ?? user.FirstName;
        user.LastName = Text("setting.account_last_name") ?? user.LastName;
        user.Language = Text("setting.account_lang") ?? user.Language;
        user.Type = Text("setting.account_type") ?? user.Type;
        user.Password = Text("setting.account_password") ?? user.Password;
        user.BalancePeriod = Text("limit.balance.period") ?? user.BalancePeriod;
        user.BalanceAmount = settings.TryGetValue("limit.balance.amount", out var amount) ? amount.GetInt64() : user.BalanceAmount;
        if (settings.TryGetValue("access", out var access))
        {
            // The reference: access replaces the whole set.
            user.Access = access.EnumerateArray().Select(code => code.ToString()).ToList();
        }
    }

    private static void CheckSettings(Dictionary<string, JsonElement> settings)
    {
        if (settings.TryGetValue("setting.account_type", out var type) && type.GetString() is not ("client" or "user"))
        {
            throw new ProjectRefusal(400, "setting.account_type: must be client or user");
        }

        if (settings.TryGetValue("limit.balance.period", out var period) && period.GetString() is not ("day" or "week" or "month"))
        {
            throw new ProjectRefusal(400, "limit.balance.period: must be day, week or month");
        }
    }

    private static ApiResponse Create(ProjectRequest request)
    {
        var settings = Settings(request);
        CheckSettings(settings);
        if (!settings.TryGetValue("setting.account_email", out var email) || string.IsNullOrWhiteSpace(email.GetString()) || !settings.ContainsKey("setting.account_first_name"))
        {
            throw new ProjectRefusal(400, "empty_field");
        }

        if (request.Workspace.Users.Any(user => string.Equals(user.Email, email.GetString(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new ProjectRefusal(400, "setting.account_email: This e-mail is already used.");
        }

        if (request.DryRun)
        {
            return ProjectJson.Created("id", 1);
        }

        var user = request.Workspace.AddUser(email.GetString()!);
        request.Workspace.Change(() => Apply(user, settings));
        return ProjectJson.Created("id", user.Id);
    }

    private static ApiResponse Update(ProjectRequest request)
    {
        var user = Find(request);
        var settings = Settings(request);
        CheckSettings(settings);
        if (!request.DryRun)
        {
            request.Workspace.Change(() => Apply(user, settings));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Delete(ProjectRequest request)
    {
        var user = Find(request);
        if (!request.DryRun)
        {
            request.Workspace.RemoveUser(user.Id);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Sites(ProjectRequest request, bool owned)
    {
        var user = Find(request);
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var id in (owned ? user.OwnedSites : user.SharedSites).Order())
            {
                json.WriteNumberValue(id);
            }

            json.WriteEndArray();
        }));
    }

    /// <summary>
    /// Legacy: a JSON array of site ids that replaces the shared set. Unified: <c>{"site_ids": n}</c>,
    /// one project a call (an array is a 400, as SE Ranking's n8n node found); whether it adds or
    /// replaces is the workspace's <see cref="ProjectWorkspace.UnifiedShareReplaces"/>.
    /// </summary>
    private static ApiResponse Share(ProjectRequest request)
    {
        var user = Find(request);
        List<long> ids;
        if (request.Dialect == ProjectDialect.Legacy)
        {
            ids = request.Body is { ValueKind: JsonValueKind.Array } array
                ? array.EnumerateArray().Select(item => item.TryGetInt64(out var id) ? id : throw new ProjectRefusal(400, "Expected an array of site ids.")).ToList()
                : throw new ProjectRefusal(400, "Expected an array of site ids.");
        }
        else
        {
            var body = BodyFields.Of(request);
            ids = [body.Long("site_ids") ?? throw new ProjectRefusal(400, "site_ids: This value should not be blank.")];
        }

        if (ids.Any(id => request.Workspace.Site(id) is null))
        {
            throw new ProjectRefusal(403, "Access denied to this project");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                if (request.Dialect == ProjectDialect.Legacy || request.Workspace.UnifiedShareReplaces)
                {
                    user.SharedSites.Clear();
                }

                user.SharedSites.UnionWith(ids);
            });
        }

        return ProjectJson.Done(request.Dialect);
    }
}
