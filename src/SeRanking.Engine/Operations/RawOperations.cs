using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Operations;

/// <summary>A call of any path, as an Invoke-* escape hatch makes it.</summary>
public sealed record RawQuery
{
    /// <summary>The path under the API's base URL, e.g. <c>v1/domain/keywords</c> (a leading slash is fine).</summary>
    public string Path { get; init; } = string.Empty;

    public string Method { get; init; } = "GET";

    /// <summary>Query parameters in order; a name may repeat.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>
    /// The JSON body: text that is JSON already, or a tree of plain values (ordered name/value
    /// pairs, lists, text, numbers, flags); null for none.
    /// </summary>
    public object? Body { get; init; }

    internal string CleanPath => Path.Trim().TrimStart('/');

    internal void WriteTo(RequestWriter writer)
    {
        var path = CleanPath;
        if (path.Length == 0 || path.IndexOfAny(['?', '#']) >= 0 || path.Contains("://", StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal))
        {
            throw new InvalidInputException(
                "Path",
                $"-Path '{Path}' must be a path under the API's base URL, such as v1/domain/keywords, without a query string (give parameters with -Query) and without a host: the key is sent only to the API connected.");
        }

        if (writer.Dialect is not null && path.IndexOfAny(['{', '}']) >= 0)
        {
            throw new InvalidInputException("Path", $"-Path '{Path}' holds a {{placeholder}}: give the ids themselves (sites/123/keywords on the legacy host; on the unified host ids go in -Query, such as @{{ site_id = 123 }}).");
        }

        writer.Target = "/" + path;
        foreach (var pair in Query)
        {
            writer.AddToQuery(pair.Key, pair.Value);
        }

        switch (Body)
        {
            case null:
                break;
            case string json:
                try
                {
                    using var document = JsonDocument.Parse(json);
                    if (document.RootElement.ValueKind == JsonValueKind.Array && writer.Dialect is not null)
                    {
                        // The Project API takes some bodies as a bare array (keywords to add).
                        writer.SetBody(JsonRecord.From(document.RootElement)!);
                        break;
                    }

                    foreach (var property in document.RootElement.ValueKind == JsonValueKind.Object
                        ? document.RootElement.EnumerateObject().ToList()
                        : throw new InvalidInputException("Body", "-Body must be a JSON object (or a hashtable): {\"name\": value, …}."))
                    {
                        writer.AddJson(property.Name, JsonRecord.From(property.Value) ?? (object)JsonNull.Value);
                    }
                }
                catch (JsonException ex)
                {
                    throw new InvalidInputException("Body", $"-Body is not valid JSON: {ex.Message}");
                }

                break;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                foreach (var field in fields)
                {
                    writer.AddJson(field.Key, field.Value ?? JsonNull.Value);
                }

                break;
            case IEnumerable<object?> items when writer.Dialect is not null:
                writer.SetBody(items.Select(item => item ?? JsonNull.Value).ToList());
                break;
            default:
                throw new InvalidInputException("Body", "-Body must be a hashtable, an object or JSON text.");
        }
    }
}

/// <summary>A call of any JSON-RPC method (Serpstat), as Invoke-SerpstatMethod makes it.</summary>
public sealed record RpcQuery
{
    /// <summary>The method, e.g. <c>SerpstatDomainProcedure.getDomainsInfo</c> (names are case-sensitive).</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>
    /// The <c>params</c> object: text that is JSON already, or a tree of plain values (ordered
    /// name/value pairs, lists, text, numbers, flags); null for none.
    /// </summary>
    public object? Params { get; init; }

    /// <summary>
    /// The same call with JSON text params read into plain values (ordered name/value pairs,
    /// lists, text, numbers, flags), so that a caller can look into them as into a hashtable's.
    /// </summary>
    /// <exception cref="InvalidInputException">The text is not a JSON object.</exception>
    public RpcQuery WithParsedParams()
    {
        if (Params is not string json)
        {
            return this;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? this with { Params = JsonRecord.From(document.RootElement) }
                : throw new InvalidInputException("Params", "-Params must be a JSON object (or a hashtable): {\"name\": value, …}.");
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException("Params", $"-Params is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>The method as sent: trimmed, and checked to be a <c>Procedure.method</c> name.</summary>
    internal string CleanMethod
    {
        get
        {
            var method = (Method ?? string.Empty).Trim();
            var dot = method.IndexOf('.');
            if (dot <= 0 || dot == method.Length - 1 || method.IndexOfAny([' ', '/', '?', '#', '"', '\\']) >= 0)
            {
                throw new InvalidInputException(
                    "Method",
                    $"-Method '{Method}' is not a Serpstat method name; they look like SerpstatDomainProcedure.getDomainsInfo or tasks.getList (case-sensitive).");
            }

            return method;
        }
    }

    internal void WriteTo(RequestWriter writer)
    {
        writer.Target = About();
        switch (Params)
        {
            case null:
                break;
            case string json:
                try
                {
                    using var document = JsonDocument.Parse(json);
                    foreach (var property in document.RootElement.ValueKind == JsonValueKind.Object
                        ? document.RootElement.EnumerateObject().ToList()
                        : throw new InvalidInputException("Params", "-Params must be a JSON object (or a hashtable): {\"name\": value, …}."))
                    {
                        writer.AddJson(property.Name, JsonRecord.From(property.Value) ?? (object)JsonNull.Value);
                    }
                }
                catch (JsonException ex)
                {
                    throw new InvalidInputException("Params", $"-Params is not valid JSON: {ex.Message}");
                }

                break;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                foreach (var field in fields)
                {
                    writer.AddJson(field.Key, field.Value ?? JsonNull.Value);
                }

                break;
            default:
                throw new InvalidInputException("Params", "-Params must be a hashtable, an object or JSON text.");
        }
    }

    /// <summary>What errors and -Verbose name the call by: the first of its domain, url, keyword or query, when it has one.</summary>
    private string? About()
    {
        if (Params is IEnumerable<KeyValuePair<string, object?>> fields)
        {
            foreach (var name in new[] { "domain", "url", "keyword", "query", "domains", "keywords" })
            {
                foreach (var field in fields)
                {
                    if (string.Equals(field.Key, name, StringComparison.Ordinal))
                    {
                        return field.Value switch
                        {
                            string text => text,
                            IEnumerable<object?> items => string.Join(", ", items.Take(3)) + (items.Skip(3).Any() ? ", …" : string.Empty),
                            _ => null,
                        };
                    }
                }
            }
        }

        return null;
    }
}

/// <summary>A JSON null in a body the caller gave (RequestWriter leaves plain nulls out).</summary>
internal sealed class JsonNull
{
    public static JsonNull Value { get; } = new();
}

/// <summary>
/// Operations made on the fly for a path the caller names: the same connection, limiter,
/// retries, error mapping, trace and paging as every described operation. A path the engine
/// knows borrows that operation's paging and rows; any other path pages only as told.
/// </summary>
public static class RawOperations
{
    /// <summary>
    /// The operation for <paramref name="query"/>: <paramref name="paging"/> and
    /// <paramref name="rowsProperty"/> as given, else those of the described operation at the same
    /// method and path, else one answer read whole. Its cost is the catalogue's row for the path
    /// (tolerant of spelling), or unknown.
    /// </summary>
    public static Operation<RawQuery, JsonRecord> For(ApiKind api, RawQuery query, PagingStyle? paging = null, string? rowsProperty = null)
    {
        var method = new HttpMethod((query.Method ?? "GET").Trim().ToUpperInvariant());
        if (method.Method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE"))
        {
            throw new InvalidInputException("Method", $"-Method '{query.Method}' is not one the APIs use: GET, POST, PUT, PATCH or DELETE.");
        }

        var known = OperationCatalog.Find(api, method.Method, query.CleanPath);
        var cost = CreditCatalogue.Find(api, method.Method, query.CleanPath) ?? Unknown(api, method.Method, query.CleanPath);
        var style = paging ?? known?.Paging.Style ?? PagingStyle.None;
        var limits = known?.Paging is { Style: not PagingStyle.None } own && own.Style == style ? own : DefaultPaging(style);
        return new Operation<RawQuery, JsonRecord>(api, method, query.CleanPath, cost, RawJsonContext.Default.JsonRecord, (q, w) => q.WriteTo(w))
        {
            Paging = limits,
            // A known list gives its rows; any single answer is written whole, as the API sent it.
            Rows = rowsProperty is { Length: > 0 } property ? RowLocation.InPropertyOnly(property)
                : known is not null && style != PagingStyle.None && style == known.Paging.Style ? known.Rows
                : style == PagingStyle.None ? RowLocation.Document
                : RowLocation.TopLevelArray,
            Encoding = method == HttpMethod.Get || method.Method == "DELETE" ? ParameterEncoding.Query : ParameterEncoding.JsonBody,

            // Anything that writes may create paid work: never sent twice once it may have arrived.
            Safety = method == HttpMethod.Get || method.Method == "DELETE" ? RequestSafety.Read : RequestSafety.CreatesPaidWork,
        };
    }

    /// <summary>
    /// The operation for a JSON-RPC method the caller names (Serpstat): the rows and paging of the
    /// described operation of that method when there is one, else the rows of <c>result.data</c>
    /// (an array's items, or one object; <c>result</c> itself when it has no data), paged by
    /// <c>page</c> and <c>size</c> up to Serpstat's 60,000-row ceiling when <paramref name="paged"/>.
    /// Its cost is the catalogue's row for the method, or unknown.
    /// </summary>
    public static Operation<RpcQuery, JsonRecord> ForRpc(ApiKind api, RpcQuery query, bool? paged = null)
    {
        if (!ApiProfile.Of(api).JsonRpc)
        {
            throw new ArgumentException($"The {api.DisplayName()} is not a JSON-RPC API.", nameof(api));
        }

        var method = query.CleanMethod;
        var known = OperationCatalog.FindMethod(api, method);
        var dot = method.LastIndexOf('.');
        var cost = CreditCatalogue.Find(api, "POST", method) ?? Unknown(api, "POST", method.Substring(0, dot)) with { Command = method.Substring(dot + 1) };
        var paging = paged switch
        {
            null => known?.Paging ?? Paging.None,
            false => Paging.None,
            true => known?.Paging is { Style: PagingStyle.PageAndLimit } own ? own : SerpstatPaging,
        };
        return new Operation<RpcQuery, JsonRecord>(api, HttpMethod.Post, known?.Path ?? string.Empty, cost, RawJsonContext.Default.JsonRecord, (q, w) => q.WriteTo(w))
        {
            RpcMethod = method,
            Paging = paging,

            // Raw rows are read whole (an answer of at most one page), so any shape can be handed out.
            Rows = RowLocation.ArrayOrDocument(RowsOf(known)).Under(known?.Rows is { WholeDocument: false, Path.Count: > 0 } rows ? rows.Path.ToArray() : ["result"]),
            OnSecondBase = known?.OnSecondBase ?? method.StartsWith("tasks.", StringComparison.Ordinal),
            Safety = known?.Safety ?? (IsWrite(method) ? RequestSafety.CreatesPaidWork : RequestSafety.Read),
        };
    }

    /// <summary>Serpstat's list paging: page and size, 100 rows by default, at most 1,000 a page and 60,000 in all.</summary>
    private static Paging SerpstatPaging { get; } = Paging.PageAndSize(100, 1000) with { Ceiling = 60_000, TotalAnswer = "result.summary_info.total" };

    private static string[] RowsOf(Operation? known) =>
        known?.Rows is { WholeDocument: false, Names.Count: > 0 } rows && rows.Names.All(n => n.Length > 0) ? rows.Names.ToArray() : ["data"];

    private static readonly string[] WriteVerbs = ["add", "create", "delete", "remove", "set", "start", "stop", "scan", "rescan", "activate", "deactivate", "update", "run"];

    /// <summary>Methods that create, change or start something: never sent twice once they may have arrived.</summary>
    private static bool IsWrite(string method)
    {
        var name = method.Substring(method.LastIndexOf('.') + 1);
        return WriteVerbs.Any(verb => name.StartsWith(verb, StringComparison.Ordinal));
    }

    /// <summary>
    /// The operation for <paramref name="query"/> on a Project API connection of
    /// <paramref name="dialect"/>: the path is relative to that dialect's root (api4's, or
    /// <c>v1/project-management/</c> on the unified host, which may be written or left out). A path
    /// the engine describes lends its paging and rows; the call is free (plan limits). GET is
    /// retried as a read, PUT and DELETE (idempotent by HTTP's definition) too; POST and PATCH are
    /// never sent twice once they may have arrived.
    /// </summary>
    public static Operation<RawQuery, JsonRecord> ForProject(ProjectDialect dialect, RawQuery query, PagingStyle? paging = null, string? rowsProperty = null)
    {
        var method = new HttpMethod((query.Method ?? "GET").Trim().ToUpperInvariant());
        if (method.Method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE"))
        {
            throw new InvalidInputException("Method", $"-Method '{query.Method}' is not one the APIs use: GET, POST, PUT, PATCH or DELETE.");
        }

        var path = ProjectPath(dialect, query.CleanPath);
        var form = method.Method + " " + path;
        var routes = dialect == ProjectDialect.Legacy
            ? ProjectRoutes.LegacyOnly(form, "Invoke-SrProjectApi sends a path to the host connected")
            : ProjectRoutes.UnifiedOnly(form, "Invoke-SrProjectApi sends a path to the host connected");
        var known = OperationCatalog.FindProject(dialect, method.Method, path);
        var style = paging ?? known?.Paging.Style ?? PagingStyle.None;
        var limits = known?.Paging is { Style: not PagingStyle.None } own && own.Style == style ? own : DefaultPaging(style);
        return new Operation<RawQuery, JsonRecord>(routes, RawJsonContext.Default.JsonRecord, (q, w) => (q with { Path = path }).WriteTo(w))
        {
            Paging = limits,
            Rows = rowsProperty is { Length: > 0 } property ? RowLocation.InPropertyOnly(property)
                : known is not null && style != PagingStyle.None && style == known.Paging.Style ? known.Rows
                : style == PagingStyle.None ? RowLocation.Acknowledgement
                : RowLocation.TopLevelArray,
            Safety = method.Method is "GET" ? RequestSafety.Read : method.Method is "PUT" or "DELETE" ? RequestSafety.Idempotent : RequestSafety.CreatesPaidWork,
        };
    }

    /// <summary>The path relative to the dialect's root: the unified prefix is dropped where given.</summary>
    private static string ProjectPath(ProjectDialect dialect, string path)
    {
        var prefix = ApiProfile.Project.UnifiedPathPrefix!;
        if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return dialect == ProjectDialect.Unified
                ? path.Substring(prefix.Length)
                : throw new InvalidInputException("Path", $"-Path '{path}' is a unified-host path, but the Project API is connected with a legacy key (api4.seranking.com): give the legacy path (Connect-SeRanking -ApiKey connects the unified host).");
        }

        return path.Length == 0 ? throw new InvalidInputException("Path", "-Path is empty.") : path;
    }

    private static Paging DefaultPaging(PagingStyle style) => style switch
    {
        PagingStyle.Limit => Paging.Limit(100, 10_000),
        PagingStyle.PageAndLimit => Paging.PageAndLimit(100, 1_000),
        PagingStyle.OffsetAndLimit => Paging.OffsetAndLimit(100, 1_000),
        PagingStyle.Cursor => Paging.Cursor(1_000, 100_000),
        _ => Paging.None,
    };

    private static CreditCost Unknown(ApiKind api, string method, string path) => new()
    {
        Api = ApiProfile.Of(api).CatalogueName,
        Service = path,
        Method = method,
        Command = string.Empty,
        Unit = "request",
        Note = "Not in the module's credit catalogue: the cost of this call is unknown.",
        IsUnknown = true,
    };
}

[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonRecord))]
internal sealed partial class RawJsonContext : JsonSerializerContext
{
}
