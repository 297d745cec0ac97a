using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// Serpstat's asynchronous task families with their state, per account: the keyword volume
/// checker (§13), SERP crawling (§14, the tasks.* methods of the second endpoint, which an
/// overridden base URL sends here too) and domain classification (§15). A task advances by one
/// step each time its status is read (two reads finish it); one whose keywords or domains
/// include a word starting with <c>slow-</c> advances by 5 % a read (for timeouts), and a
/// keyword or domain <c>blocked-…</c> is refused and listed as blocked. None of them spends
/// lines: Serpstat bills them from the crawling balance (money), which tasks.getParsingBalance
/// shows going down by the price per keyword.
/// </summary>
internal static class SerpstatTaskRoutes
{
    private const int TaskNotFound = -32000;
    private const int InvalidParams = -32602;
    private const decimal SerpPrice = 0.0015m;
    private const decimal VolumePrice = 0.0009m;
    private const decimal ClassificationPrice = 0.03m;

    private static readonly ConditionalWeakTable<SerpstatAccount, TaskState> States = new();

    public static IEnumerable<SerpstatMethod> All()
    {
        // §13 keyword volume checker
        yield return Own("SerpstatTaskProcedure.addKeywordListFreq", ["keywords", "regionId"], AddVolumeTask);
        yield return Own("SerpstatTaskProcedure.getTaskStatus", ["taskId"], (request, _) => WithTask(request, "taskId", task =>
        {
            task.Advance();
            return Result(request, json =>
            {
                json.WriteNumber("totalKeywords", task.Items.Count);
                json.WritePropertyName("keywordsStatusCount");
                json.WriteStartArray();
                json.WriteStartObject();
                json.WriteNumber("status", task.Progress >= 100 ? 1 : 0);
                json.WriteNumber("count", task.Items.Count);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteNumber("progress", task.Progress);
            });
        }));
        yield return Own("SerpstatTaskProcedure.getTaskResult", ["taskId"], (request, _) => WithTask(request, "taskId", task =>
        {
            var size = request.Long("pageSize") ?? 100;
            var page = Math.Max(1, request.Long("page") ?? 1);
            if (size < 10)
            {
                return ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: pageSize must be at least 10");
            }

            return Result(request, json =>
            {
                json.WriteNumber("total", task.Items.Count);
                json.WriteNumber("page", page);
                json.WriteNumber("pageSize", size);
                json.WritePropertyName("taskMeta");
                json.WriteStartObject();
                json.WriteNumber("typeId", task.TypeId);
                json.WriteNumber("seId", 1);
                json.WriteNumber("regionId", task.RegionId);
                json.WriteString("match", "exact");
                json.WriteEndObject();
                json.WritePropertyName("keywords");
                json.WriteStartArray();
                foreach (var keyword in task.Items.Skip((int)((page - 1) * size)).Take((int)size))
                {
                    var seed = new SeededValues("volume|" + keyword + "|" + task.RegionId);
                    var volume = seed.Between(10, 90_000);
                    json.WriteStartObject();
                    json.WritePropertyName("keyword");
                    json.WriteStartObject();
                    json.WriteString("raw", keyword);
                    json.WriteEndObject();
                    json.WriteNumber("status", 1);
                    json.WriteNumber("cost", Math.Round(seed.Fraction(0.1, 9), 2));
                    json.WriteNumber("searchVolume", volume);
                    json.WriteNumber("competition", seed.Between(0, 100));
                    json.WritePropertyName("searchVolumeHistory");
                    json.WriteStartArray();
                    for (var month = 0; month < 12; month++)
                    {
                        json.WriteStartObject();
                        json.WriteString("date", new DateTime(2025, month + 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        json.WriteNumber("value", Math.Max(0, volume + seed.Between(-volume / 4, volume / 4)));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        }));

        // §14 SERP crawling (tasks.*): the second endpoint, served here too (an overridden base URL sends both here)
        yield return Own("tasks.addTask", ["keywords", "seId", "countryId", "regionId"], (request, dryRun) => AddSerpTask(request, dryRun, (request.Text("keywords") ?? string.Empty).Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToList()));
        yield return Own("tasks.addKeywordList", ["keywords", "seId", "countryId", "regionId"], (request, dryRun) => AddSerpTask(request, dryRun, request.List("keywords")));
        yield return Own("tasks.getList", [], (request, _) =>
        {
            var size = request.Long("pageSize") ?? 100;
            var page = Math.Max(1, request.Long("page") ?? 1);
            if (size is < 100 or > 1000)
            {
                return ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: pageSize must be between 100 and 1000");
            }

            // The list is where a task's progress is read: reading it moves every task on.
            var tasks = StateOf(request.Account).Tasks("serp").ToList();
            tasks.ForEach(t => t.Advance());
            return ResultValue(request, json =>
            {
                json.WriteStartArray();
                foreach (var task in tasks.Skip((int)((page - 1) * size)).Take((int)size))
                {
                    json.WriteStartObject();
                    json.WriteNumber("task_id", task.Number);
                    json.WriteNumber("se_id", 1);
                    json.WriteNumber("country_id", task.CountryId);
                    json.WriteNumber("lang_id", task.LanguageId);
                    json.WriteNumber("region_id", task.RegionId);
                    json.WriteNumber("device_type_id", task.TypeId);
                    json.WriteString("progress", task.Progress.ToString(CultureInfo.InvariantCulture));
                    json.WriteNumber("keywords_count", task.Items.Count);
                    json.WriteString("created_at", task.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    if (task.Progress >= 100)
                    {
                        json.WriteString("parsed_at", task.CreatedAt.AddSeconds(30).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.WriteNull("parsed_at");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        });
        yield return Own("tasks.getTaskResult", ["taskId"], (request, _) => WithTask(request, "taskId", task =>
        {
            if (task.Progress < 100)
            {
                return ErrorBodies.Serpstat(200, request.Id, TaskNotFound, "Task is not finished yet");
            }

            var page = Math.Max(1, request.Long("page") ?? 1);
            return Result(request, json =>
            {
                json.WritePropertyName("task_meta");
                json.WriteStartObject();
                json.WriteNumber("se_id", 1);
                json.WriteNumber("country_id", task.CountryId);
                json.WriteNumber("region_id", task.RegionId);
                json.WriteNumber("device_type_id", task.TypeId);
                json.WriteEndObject();
                json.WritePropertyName("tops");
                json.WriteStartArray();
                for (var index = (int)((page - 1) * SerpKeywordsPerPage); index < Math.Min(task.Items.Count, page * SerpKeywordsPerPage); index++)
                {
                    WriteCrawledKeyword(json, task, index);
                }

                json.WriteEndArray();
            });
        }));
        yield return Own("tasks.getKeywordSerp", ["taskId", "keywordId"], (request, _) => WithTask(request, "taskId", task =>
        {
            var index = (request.Long("keywordId") ?? 0) - (task.Number * 1000) - 1;
            if (index < 0 || index >= task.Items.Count)
            {
                return ErrorBodies.Serpstat(200, request.Id, TaskNotFound, "Keyword not found");
            }

            return Result(request, json =>
            {
                json.WriteString("date", task.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                json.WriteString("serp", $"<!doctype html><html><head><title>{task.Items[(int)index]} - Google Search</title></head><body><div id=\"search\">{task.Items[(int)index]}</div></body></html>");
            });
        }));
        yield return Own("tasks.getParsingBalance", [], (request, _) => Result(request, json =>
        {
            json.WriteString("available_usd", (100m - StateOf(request.Account).Spent).ToString("0.0000", CultureInfo.InvariantCulture));
            json.WriteString("serp_parsing_cost", SerpPrice.ToString(CultureInfo.InvariantCulture));
            json.WriteString("volume_parsing_cost", VolumePrice.ToString(CultureInfo.InvariantCulture));
        }));

        // §15 domain classification
        yield return Own("DomainClassification.addTask", ["domains"], (request, dryRun) =>
        {
            var domains = request.List("domains");
            if (domains.Count > 1000)
            {
                return ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: at most 1000 domains");
            }

            var task = dryRun ? null : StateOf(request.Account).Add("cls", domains, ClassificationPrice);
            return Result(request, json =>
            {
                json.WriteString("task_id", task?.Id ?? "cls-dry-run");
                json.WriteNumber("status", 1);
                json.WriteString("created_at", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            });
        });
        yield return Own("DomainClassification.getTask", ["task_id"], (request, _) => WithTask(request, "task_id", task =>
        {
            task.Advance();
            return Result(request, json =>
            {
                json.WriteString("task_id", task.Id);
                json.WritePropertyName("data");
                json.WriteStartArray();
                if (task.Progress >= 100)
                {
                    foreach (var domain in task.Items)
                    {
                        var seed = new SeededValues("classification|" + domain);
                        json.WriteStartObject();
                        json.WriteString("domain", domain);
                        json.WritePropertyName("categories_names");
                        json.WriteStartArray();
                        var first = (int)seed.Between(0, Categories.Length - 1);
                        json.WriteStringValue(Categories[first]);
                        json.WriteStringValue(Categories[(first + 3) % Categories.Length]);
                        json.WriteEndArray();
                        json.WritePropertyName("categories_confidence");
                        json.WriteStartArray();
                        json.WriteNumberValue(Math.Round(seed.Fraction(0.6, 0.99), 2));
                        json.WriteNumberValue(Math.Round(seed.Fraction(0.05, 0.4), 2));
                        json.WriteEndArray();
                        json.WriteEndObject();
                    }
                }

                json.WriteEndArray();
                json.WriteNumber("status", task.Progress >= 100 ? 2 : 1);
                json.WriteString("created_at", task.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            });
        }));
        yield return Own("DomainClassification.getTaskList", ["page", "size"], (request, _) =>
        {
            var size = Math.Max(1, request.Long("size") ?? 100);
            var page = Math.Max(1, request.Long("page") ?? 1);
            var tasks = StateOf(request.Account).Tasks("cls").ToList();
            return Result(request, json =>
            {
                json.WritePropertyName("data");
                json.WriteStartArray();
                foreach (var task in tasks.Skip((int)((page - 1) * size)).Take((int)size))
                {
                    json.WriteStartObject();
                    json.WriteString("task_id", task.Id);
                    json.WriteNumber("status", task.Progress >= 100 ? 2 : 1);
                    json.WriteString("created_at", task.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WritePropertyName("summary_info");
                json.WriteStartObject();
                json.WriteNumber("page", page);
                json.WriteNumber("page_total", Math.Max(1, (tasks.Count + size - 1) / size));
                json.WriteNumber("count", Math.Max(0, Math.Min(size, tasks.Count - ((page - 1) * size))));
                json.WriteNumber("total", tasks.Count);
                json.WriteEndObject();
            });
        });
    }

    private const int SerpKeywordsPerPage = 5;

    private static readonly string[] Categories = ["Shopping", "Sports", "News", "Travel", "Finance", "Health", "Technology"];

    private static ApiResponse AddSerpTask(SerpstatRequest request, bool dryRun, IReadOnlyList<string> keywords)
    {
        var countryId = request.Long("countryId") ?? 0;
        var regionId = request.Long("regionId") ?? 0;
        var langId = request.Long("langId") ?? 1;
        var typeId = request.Long("typeId") ?? 1;
        var type = request.Text("type") ?? "regular";
        if (request.Long("seId") != 1 || countryId is < 1 or > 247 || regionId < 1 || langId is < 1 or > 48 || typeId is < 1 or > 2 || type is not ("regular" or "local"))
        {
            return ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: seId 1, countryId 1-247, regionId at least 1, langId 1-48, typeId 1-2, type regular or local");
        }

        var blocked = keywords.Where(IsBlocked).ToList();
        var accepted = keywords.Except(blocked).ToList();
        var task = dryRun ? null : StateOf(request.Account).Add("serp", accepted, SerpPrice, t => (t.CountryId, t.RegionId, t.LanguageId, t.TypeId) = (countryId, regionId, langId, typeId));
        return Result(request, json =>
        {
            json.WriteNumber("task_id", task?.Number ?? 0);
            WriteBlocked(json, "blocked_keywords", blocked, "keyword");
        });
    }

    /// <summary>A crawled keyword: its id is the task's number × 1000 + its place, from 1.</summary>
    private static void WriteCrawledKeyword(Utf8JsonWriter json, EmulatedTask task, int index)
    {
        var keyword = task.Items[index];
        var slug = new string(keyword.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        json.WriteStartObject();
        json.WriteNumber("keyword_id", (task.Number * 1000) + index + 1);
        json.WriteString("keyword", keyword);
        json.WritePropertyName("keyword_data");
        json.WriteStartObject();
        json.WritePropertyName("top");
        json.WriteStartArray();
        for (var position = 1; position <= 10; position++)
        {
            var domain = $"site{position}-{slug}.example.org";
            json.WriteStartObject();
            json.WriteString("url", $"https://{domain}/{slug}");
            json.WriteString("domain", domain);
            json.WriteString("subdomain", domain);
            json.WriteString("title", $"{keyword} - result {position}");
            json.WriteNumber("title_length", keyword.Length + 11);
            json.WriteString("snippet", $"All about {keyword}.");
            json.WriteNumber("snippet_length", keyword.Length + 11);
            json.WriteString("breadcrumbs", domain + " › " + slug);
            json.WritePropertyName("spec_elements");
            json.WriteStartArray();
            json.WriteEndArray();
            json.WritePropertyName("types");
            json.WriteStartArray();
            json.WriteStringValue("organic");
            json.WriteEndArray();
            json.WriteNumber("position", position);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("ads");
        json.WriteStartObject();
        json.WriteEndObject();
        json.WriteNumber("results", new SeededValues("results|" + keyword).Between(10_000, 90_000_000));
        json.WriteNull("right_spell");
        json.WritePropertyName("types");
        json.WriteStartArray();
        json.WriteStringValue("PeopleAlsoAsk");
        json.WriteStringValue("LocalPack");
        json.WriteEndArray();
        json.WritePropertyName("top_features_content");
        json.WriteStartArray();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("target_fields", string.Empty);
        json.WriteEndObject();
    }

    private static ApiResponse AddVolumeTask(SerpstatRequest request, bool dryRun)
    {
        var typeId = request.Long("typeId") ?? 1;
        var seId = request.Long("seId") ?? 1;
        var regionId = request.Long("regionId") ?? 0;
        if (typeId is < 1 or > 2 || seId != 1 || regionId < 1)
        {
            return ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: typeId is 1 or 2, seId is 1, regionId at least 1");
        }

        var sent = request.List("keywords");
        var distinct = sent.Distinct(StringComparer.Ordinal).ToList();
        var blocked = distinct.Where(IsBlocked).ToList();
        var accepted = distinct.Except(blocked).ToList();
        var state = StateOf(request.Account);
        var task = dryRun ? null : state.Add("vol", accepted, VolumePrice, t => (t.RegionId, t.TypeId) = (regionId, typeId));
        return Result(request, json =>
        {
            json.WriteString("taskId", task?.Id ?? "vol-dry-run");
            json.WriteNumber("accepted", accepted.Count);
            json.WriteNumber("duplicates_cleaned", sent.Count - distinct.Count);
            WriteBlocked(json, "blocked", blocked, "keyword");
        });
    }

    internal static bool IsBlocked(string item) => item.Trim().StartsWith("blocked-", StringComparison.OrdinalIgnoreCase);

    internal static void WriteBlocked(Utf8JsonWriter json, string name, IReadOnlyList<string> blocked, string field)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var item in blocked)
        {
            json.WriteStartObject();
            json.WriteString(field, item);
            json.WriteString("reason", "blocked by moderation");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static SerpstatMethod Own(string name, string[] required, Func<SerpstatRequest, bool, ApiResponse> handle) => new()
    {
        Name = name,
        Required = required,
        Billing = SerpstatBilling.Free,
        Handle = handle,
    };

    internal static TaskState StateOf(SerpstatAccount account) => States.GetValue(account, _ => new TaskState());

    /// <summary>The task named by <paramref name="idName"/>, or Serpstat's "Task not found".</summary>
    internal static ApiResponse WithTask(SerpstatRequest request, string idName, Func<EmulatedTask, ApiResponse> answer) =>
        request.Text(idName) is { } id && StateOf(request.Account).Find(id) is { } task
            ? answer(task)
            : ErrorBodies.Serpstat(200, request.Id, TaskNotFound, "Task not found");

    /// <summary><c>{"id": …, "result": {…}}</c> with what <paramref name="write"/> puts into result.</summary>
    internal static ApiResponse Result(SerpstatRequest request, Action<Utf8JsonWriter> write) => ApiResponse.Written(200, json =>
    {
        json.WriteStartObject();
        json.WriteString("id", request.Id);
        json.WritePropertyName("result");
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary><c>{"id": …, "result": …}</c> with <paramref name="write"/> writing the whole result value (an array, true).</summary>
    internal static ApiResponse ResultValue(SerpstatRequest request, Action<Utf8JsonWriter> write) => ApiResponse.Written(200, json =>
    {
        json.WriteStartObject();
        json.WriteString("id", request.Id);
        json.WritePropertyName("result");
        write(json);
        json.WriteEndObject();
    });

    /// <summary>The tasks of one account, and the crawling balance they spent.</summary>
    internal sealed class TaskState
    {
        private readonly ConcurrentDictionary<string, EmulatedTask> _tasks = new(StringComparer.Ordinal);
        private long _next = 1000;
        private long _spentMicros;

        public decimal Spent => Interlocked.Read(ref _spentMicros) / 1_000_000m;

        public IEnumerable<EmulatedTask> Tasks(string kind) => _tasks.Values.Where(t => t.Kind == kind).OrderByDescending(t => t.Number);

        public EmulatedTask Add(string kind, IReadOnlyList<string> items, decimal price, Action<EmulatedTask>? setUp = null)
        {
            var number = Interlocked.Increment(ref _next);
            var task = new EmulatedTask(kind, number, items);
            setUp?.Invoke(task);
            _tasks[task.Id] = task;
            Interlocked.Add(ref _spentMicros, (long)(price * items.Count * 1_000_000m));
            return task;
        }

        public EmulatedTask? Find(string id) => _tasks.TryGetValue(id.Trim(), out var task) ? task : null;
    }

    /// <summary>One task: what it works on, and how far it got.</summary>
    internal sealed class EmulatedTask(string kind, long number, IReadOnlyList<string> items)
    {
        private int _progress;

        public string Kind { get; } = kind;

        public long Number { get; } = number;

        /// <summary>Volume and classification tasks have text ids ("vol-1001"), SERP tasks numbers.</summary>
        public string Id => Kind == "serp" ? Number.ToString(CultureInfo.InvariantCulture) : Kind + "-" + Number.ToString(CultureInfo.InvariantCulture);

        public IReadOnlyList<string> Items { get; } = items;

        public long RegionId { get; set; }

        public long TypeId { get; set; } = 1;

        public long CountryId { get; set; }

        public long LanguageId { get; set; } = 1;

        public DateTime CreatedAt { get; } = DateTime.UtcNow;

        public int Progress => Volatile.Read(ref _progress);

        public bool Slow => Items.Any(i => i.Split(' ', '.').Any(w => w.StartsWith("slow-", StringComparison.OrdinalIgnoreCase)));

        /// <summary>One status read's worth of work: half the task, or 5 % of a slow one.</summary>
        public void Advance()
        {
            var step = Slow ? 5 : 50;
            int before, after;
            do
            {
                before = Volatile.Read(ref _progress);
                after = Math.Min(100, before + step);
            }
            while (Interlocked.CompareExchange(ref _progress, after, before) != before);
        }
    }
}
