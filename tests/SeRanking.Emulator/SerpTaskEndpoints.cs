using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace SeRanking.Emulator;

/// <summary>
/// The classic SERP flow: <c>POST v1/serp/classic/tasks</c> (10 credits per query), then
/// reads of <c>v1/serp/classic/tasks?task_id=</c> (free) or <c>…/results_advanced</c>
/// (100 credits on the first read that returns results).
/// </summary>
internal sealed class SerpTaskEndpoints(SerpTaskStore store, EmulatorOptions options)
{
    private const long CreditsPerQuery = 10;
    private const long AdvancedResultsCost = 100;
    private const int MaxQueries = 1000;
    private const int MaxTextLength = 255;

    public ApiResponse Create(ApiCall call, DataAccount account)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(call.Body ?? string.Empty);
        }
        catch (JsonException)
        {
            return ErrorBodies.Data(400, "Invalid JSON body.");
        }

        using (document)
        {
            if (ReadCreateRequest(document.RootElement, out var request, out var queries) is { } invalid)
            {
                return ErrorBodies.Data(400, invalid);
            }

            if (DataApiEndpoints.Charge(call, account, CreditsPerQuery * queries.Count) is { } refusal)
            {
                return refusal;
            }

            var firstId = call.DryRun ? store.PeekNextId() : store.ReserveIds(queries.Count);
            var now = DateTimeOffset.UtcNow;
            var created = new List<SerpTaskCreated>(queries.Count);
            for (var i = 0; i < queries.Count; i++)
            {
                var task = new SerpTask(firstId + i, account.Key, request, queries[i], now, options.SerpPollsUntilDone);
                if (!call.DryRun)
                {
                    store.Add(task);
                }

                created.Add(new SerpTaskCreated(task.Id, task.Query, request.Tag));
            }

            return ApiResponse.Json<IReadOnlyList<SerpTaskCreated>>(200, created, ApiJsonContext.Wire.IReadOnlyListSerpTaskCreated);
        }
    }

    /// <summary>Without <c>task_id</c>: the key's tasks of the last 24 h. With it: status, then standard results.</summary>
    public ApiResponse ListOrRead(ApiCall call, DataAccount account)
    {
        if (call.QueryValue("task_id") is null)
        {
            var entries = store.Recent(account.Key, DateTimeOffset.UtcNow).ConvertAll(task => new SerpTaskListEntry(
                task.Id,
                task.Query,
                task.Request.Tag,
                task.IsDone ? "done" : "processing",
                DataApiEndpoints.FormatDateTime(task.CreatedAt)));
            return ApiResponse.Json<IReadOnlyList<SerpTaskListEntry>>(200, entries, ApiJsonContext.Wire.IReadOnlyListSerpTaskListEntry);
        }

        return Read(call, account, advanced: false);
    }

    public ApiResponse ReadAdvanced(ApiCall call, DataAccount account) => Read(call, account, advanced: true);

    /// <summary>
    /// The raw HTML of a finished task's result pages as a ZIP archive (one file per page); 409
    /// while the task is processing (a read here does not move it on), 404 once it has expired.
    /// </summary>
    public ApiResponse Html(ApiCall call, DataAccount account)
    {
        var idText = call.QueryValue("task_id");
        if (idText is null)
        {
            return ErrorBodies.Data(400, "Parameter task_id is missing.");
        }

        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || store.Find(id, account.Key, DateTimeOffset.UtcNow) is not { } task)
        {
            return ErrorBodies.Data(404, ErrorBodies.NotFound);
        }

        if (!task.IsDone)
        {
            return ErrorBodies.Data(409, "Task is still in processing.");
        }

        using var archive = new System.IO.MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(archive, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            var pages = task.Request.Device == "mobile" ? 1 : 3;
            for (var page = 1; page <= pages; page++)
            {
                var entry = zip.CreateEntry($"page-{page}.html");
                using var writer = new System.IO.StreamWriter(entry.Open(), new System.Text.UTF8Encoding(false));
                writer.Write($"<!doctype html><html><head><title>{System.Net.WebUtility.HtmlEncode(task.Query)} - Google Search</title></head><body><h1>Results page {page}</h1></body></html>");
            }
        }

        return new ApiResponse(200, archive.ToArray(), "application/zip");
    }

    private ApiResponse Read(ApiCall call, DataAccount account, bool advanced)
    {
        var idText = call.QueryValue("task_id");
        if (idText is null)
        {
            return ErrorBodies.Data(400, "Parameter task_id is missing.");
        }

        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ErrorBodies.Data(400, "Parameter task_id is invalid.");
        }

        if (store.Find(id, account.Key, DateTimeOffset.UtcNow) is not { } task)
        {
            return ErrorBodies.Data(404, ErrorBodies.NotFound);
        }

        var processing = call.DryRun ? !task.IsDone : task.PollStillProcessing();
        if (processing)
        {
            return ApiResponse.Json(200, new SerpStatusBody("processing"), ApiJsonContext.Wire.SerpStatusBody);
        }

        if (advanced)
        {
            var refusal = call.DryRun
                ? DataApiEndpoints.Charge(call, account, AdvancedResultsCost)
                : task.ChargeFirstAdvancedRead(() => DataApiEndpoints.Charge(call, account, AdvancedResultsCost));
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return ApiResponse.Json(200, SerpResults.For(task, advanced), ApiJsonContext.Wire.SerpResultsBody);
    }

    /// <summary>Checks the create body; returns the message naming the bad field, or null when valid.</summary>
    private static string? ReadCreateRequest(JsonElement root, out SerpTaskRequest request, out List<string> queries)
    {
        request = new SerpTaskRequest("google", "desktop", string.Empty, 0, null);
        queries = [];
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "Invalid JSON body.";
        }

        if (!TryOptionalString(root, "search_engine", out var engine) || engine is not (null or "google"))
        {
            return Invalid("search_engine");
        }

        if (!TryOptionalString(root, "device", out var device) || device is not (null or "desktop" or "mobile"))
        {
            return Invalid("device");
        }

        if (!root.TryGetProperty("language_code", out var language))
        {
            return Missing("language_code");
        }

        if (language.ValueKind != JsonValueKind.String || language.GetString() is not { Length: 2 } languageCode || !char.IsAsciiLetter(languageCode[0]) || !char.IsAsciiLetter(languageCode[1]))
        {
            return Invalid("language_code");
        }

        if (!root.TryGetProperty("location_id", out var location))
        {
            return Missing("location_id");
        }

        if (location.ValueKind != JsonValueKind.Number || !location.TryGetInt64(out var locationId) || locationId <= 0)
        {
            return Invalid("location_id");
        }

        if (!root.TryGetProperty("query", out var query))
        {
            return Missing("query");
        }

        if (query.ValueKind != JsonValueKind.Array || query.GetArrayLength() is < 1 or > MaxQueries)
        {
            return $"Parameter query is invalid. Send an array of 1 to {MaxQueries} queries.";
        }

        foreach (var item in query.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 and <= MaxTextLength } text || string.IsNullOrWhiteSpace(text))
            {
                return $"Parameter query is invalid. Each query must be 1 to {MaxTextLength} characters.";
            }

            queries.Add(text);
        }

        if (!TryOptionalString(root, "tag", out var tag) || tag is { Length: > MaxTextLength })
        {
            return Invalid("tag");
        }

        if (!TryOptionalString(root, "pingback_url", out _))
        {
            return Invalid("pingback_url");
        }

        request = new SerpTaskRequest(engine ?? "google", device ?? "desktop", languageCode, locationId, tag);
        return null;
    }

    /// <summary>False when the property is there but is neither a string nor null.</summary>
    private static bool TryOptionalString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return element.ValueKind == JsonValueKind.String;
    }

    private static string Missing(string name) => $"Parameter {name} is missing.";

    private static string Invalid(string name) => $"Parameter {name} is invalid.";
}
