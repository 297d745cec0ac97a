using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SeRanking.Emulator.Project;

/// <summary>Which host a Project API request came to.</summary>
public enum ProjectDialect
{
    /// <summary>api4 (<c>/project/</c> here): 40-hex key, ids in the path.</summary>
    Legacy,

    /// <summary>The Data API's host under <c>v1/project-management/</c> (<c>/data/v1/project-management/</c> here): the UUID key, ids in the query.</summary>
    Unified,
}

/// <summary>
/// One Project API operation as the emulator serves it: its form on each host (a method and a
/// path template, <c>{name}</c> segments being ids) and one handler for both. A form the
/// reference does not know for a host is null there: that host answers 404 for it.
/// </summary>
internal sealed record ProjectRoute(string? Legacy, string? Unified, Func<ProjectRequest, ApiResponse> Handle)
{
    public (string Method, string[] Segments)? FormOf(ProjectDialect dialect) =>
        (dialect == ProjectDialect.Legacy ? Legacy : Unified) is { } form
            ? (form[..form.IndexOf(' ', StringComparison.Ordinal)], form[(form.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim('/').Split('/'))
            : null;
}

/// <summary>A refusal a handler throws: answered with the status and message in the dialect's error shape.</summary>
internal sealed class ProjectRefusal(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// A Project API request as a route handler sees it: the account, the host it came to, its ids
/// (from the path on the legacy host, the query string on the unified one, as each documents
/// them), its query and its JSON body.
/// </summary>
internal sealed class ProjectRequest
{
    public required ProjectAccount Account { get; init; }

    public required ProjectDialect Dialect { get; init; }

    public required string Method { get; init; }

    public required IReadOnlyDictionary<string, string> PathIds { get; init; }

    public required IQueryCollection Query { get; init; }

    public required string? BodyText { get; init; }

    /// <summary>Check and build, but change nothing (a truncation fault needs the body).</summary>
    public required bool DryRun { get; init; }

    public ProjectWorkspace Workspace => Account.Workspace;

    /// <summary>The body parsed; null when there is none. Malformed JSON is a 400.</summary>
    public JsonElement? Body
    {
        get
        {
            if (_body is null && !string.IsNullOrWhiteSpace(BodyText))
            {
                try
                {
                    using var document = JsonDocument.Parse(BodyText);
                    _body = document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    throw new ProjectRefusal(400, "Invalid JSON in the request body");
                }
            }

            return _body;
        }
    }

    private JsonElement? _body;

    /// <summary>
    /// An id where this host takes it: the path on the legacy host (or its query for ids the
    /// reference puts there), only the query on the unified host. A body field of that name is
    /// not read: clients that put <c>site_id</c> in the body of a unified POST got a misleading
    /// 400, as the emulator gives too.
    /// </summary>
    public long? Id(string name)
    {
        var text = Dialect == ProjectDialect.Legacy && PathIds.TryGetValue(name, out var fromPath) ? fromPath : Query[name].FirstOrDefault();
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new ProjectRefusal(400, $"{name}: This value should be of type integer.");
    }

    /// <summary>An id that must be there: 400 naming it otherwise.</summary>
    public long RequireId(string name) => Id(name) ?? throw new ProjectRefusal(400, $"{name}: This value should not be blank.");

    /// <summary>The project named by <c>site_id</c>: 403 for one the account does not have, as the API answers.</summary>
    public EmulatedSite Site() => Workspace.Site(RequireId("site_id")) ?? throw new ProjectRefusal(403, "Access denied to this project");

    public string? QueryText(string name) => Query[name].FirstOrDefault() is { Length: > 0 } text ? text : null;

    /// <summary>A date parameter (YYYY-MM-DD); 400 when malformed.</summary>
    public DateOnly? QueryDate(string name) =>
        QueryText(name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ProjectRefusal(400, $"{name}: Invalid date format, expected YYYY-MM-DD.");

    public long? QueryLong(string name) =>
        QueryText(name) is not { } text ? null
        : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ProjectRefusal(400, $"{name}: This value should be of type integer.");

    /// <summary>A "0"/"1" flag; 400 for anything else.</summary>
    public bool QueryFlag(string name) => QueryText(name) switch
    {
        null or "0" => false,
        "1" => true,
        var other => throw new ProjectRefusal(400, $"{name}: expected 0 or 1, got '{other}'."),
    };

    /// <summary>
    /// An id list of the query string in the forms each host takes: the legacy host PHP brackets
    /// only (<c>name[]=1</c>; without them it answers 400, as the reference's sources found); the
    /// unified host brackets or indices (<c>name[0]=1</c>), as SE Ranking's n8n node sends both.
    /// </summary>
    public IReadOnlyList<long> QueryIds(string name)
    {
        var texts = new List<string>();
        if (Query.ContainsKey(name))
        {
            throw new ProjectRefusal(400, $"{name}: expected an array ({name}[]=…).");
        }

        texts.AddRange(Query[name + "[]"].OfType<string>());
        if (Dialect == ProjectDialect.Unified)
        {
            foreach (var pair in Query.Where(pair => pair.Key.StartsWith(name + "[", StringComparison.Ordinal) && pair.Key.EndsWith(']') && pair.Key.Length > name.Length + 2)
                .OrderBy(pair => int.TryParse(pair.Key[(name.Length + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue))
            {
                texts.AddRange(pair.Value.OfType<string>());
            }
        }

        return texts.Select(text => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new ProjectRefusal(400, $"{name}: This value should be of type integer.")).ToList();
    }
}
