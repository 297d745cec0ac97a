using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>
/// The Project API's routes in both dialects: finds the route of a request by host, method and
/// path (a <c>{name}</c> segment matching any value and giving that id), answers 405 for a known
/// path with another method and 404 for an unknown one, and turns a handler's refusal into the
/// host's error body.
/// </summary>
internal sealed class ProjectRouteTable(IEnumerable<ProjectRoute> routes)
{
    private readonly IReadOnlyList<ProjectRoute> _routes = routes.ToList();

    public ApiResponse Handle(ProjectDialect dialect, ApiCall call, ProjectAccount account, string path)
    {
        var segments = path.Trim('/').Split('/');
        var pathKnown = false;
        foreach (var route in _routes)
        {
            if (route.FormOf(dialect) is not { } form || Match(form.Segments, segments) is not { } ids)
            {
                continue;
            }

            pathKnown = true;
            if (!string.Equals(form.Method, call.Method, StringComparison.Ordinal))
            {
                continue;
            }

            var request = new ProjectRequest
            {
                Account = account,
                Dialect = dialect,
                Method = call.Method,
                PathIds = ids,
                Query = call.Query,
                BodyText = call.Body,
                DryRun = call.DryRun,
            };
            try
            {
                return route.Handle(request);
            }
            catch (ProjectRefusal refusal)
            {
                return ProjectJson.Error(dialect, refusal.Status, refusal.Message);
            }
        }

        return pathKnown ? ProjectJson.Error(dialect, 405, "Method not allowed") : ProjectJson.Error(dialect, 404, "Not found");
    }

    private static Dictionary<string, string>? Match(string[] template, string[] path)
    {
        if (template.Length != path.Length)
        {
            return null;
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i].StartsWith('{') && template[i].EndsWith('}'))
            {
                ids[template[i][1..^1]] = path[i];
            }
            else if (!string.Equals(template[i], path[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return ids;
    }
}

/// <summary>Answers of the Project API written with Utf8JsonWriter, and its two error shapes.</summary>
internal static class ProjectJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON answer written by <paramref name="write"/>.</summary>
    public static ApiResponse Write(int status, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return new ApiResponse(status, buffer.ToArray(), ApiResponse.JsonContentType);
    }

    /// <summary>A large answer, written as it is generated.</summary>
    public static ApiResponse Stream(int status, Action<Utf8JsonWriter> write) =>
        ApiResponse.StreamedJson(status, async (destination, cancellationToken) =>
        {
            await using var json = new Utf8JsonWriter(destination, Options);
            write(json);
            await json.FlushAsync(cancellationToken);
        });

    /// <summary>What an update or a delete answers: 204 on the unified host, <c>{"status":"ok"}</c> on the legacy one (both seen).</summary>
    public static ApiResponse Done(ProjectDialect dialect) => dialect == ProjectDialect.Unified
        ? new ApiResponse(204, [], ApiResponse.JsonContentType)
        : Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", "ok");
            json.WriteEndObject();
        });

    /// <summary>201 with the new id under <paramref name="name"/>.</summary>
    public static ApiResponse Created(string name, long id) => Write(201, json =>
    {
        json.WriteStartObject();
        json.WriteNumber(name, id);
        json.WriteEndObject();
    });

    /// <summary>
    /// The legacy host's <c>{"message": …}</c>, or the unified host's nested
    /// <c>{"error": {"code", "message", "description"}}</c>: a client must read both.
    /// </summary>
    public static ApiResponse Error(ProjectDialect dialect, int status, string message) => dialect == ProjectDialect.Legacy
        ? ErrorBodies.Project(status, message)
        : ErrorBodies.DataNested(status, Reason(status), message);

    private static string Reason(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        429 => "Too Many Requests",
        _ => "Error",
    };
}
