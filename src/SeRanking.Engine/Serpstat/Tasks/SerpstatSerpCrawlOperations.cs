using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Serpstat.Tasks;

/// <summary>What tasks.addTask and tasks.addKeywordList take: keywords to crawl live in one place.</summary>
public sealed record SerpstatSerpCrawlQuery
{
    /// <summary>The keywords, each an item (tasks.addKeywordList: an item may hold commas).</summary>
    public IReadOnlyList<string>? Keywords { get; init; }

    /// <summary>One comma-separated text of keywords (tasks.addTask).</summary>
    public string? KeywordText { get; init; }

    /// <summary>Serpstat's country id, 1 to 247.</summary>
    public long CountryId { get; init; }

    /// <summary>Serpstat's region id, at least 1.</summary>
    public long RegionId { get; init; }

    /// <summary>Serpstat's language id, 1 to 48 (default 1).</summary>
    public long? LanguageId { get; init; }

    /// <summary>1 or 2 (typeId: the device; default 1).</summary>
    public long? DeviceTypeId { get; init; }

    /// <summary>regular (default) or local.</summary>
    public string? Type { get; init; }

    /// <summary>How many keywords the task holds, as Serpstat counts them (addTask splits the text on commas).</summary>
    internal int KeywordCount => KeywordText is { } text
        ? text.Split(',').Count(k => k.Trim().Length > 0)
        : Keywords?.Count ?? 0;

    internal void WriteTo(RequestWriter writer, bool asText)
    {
        if (asText)
        {
            var text = Check.Required("KeywordText", KeywordText).Trim();
            foreach (var keyword in text.Split(',').Where(k => k.Trim().Length > 0))
            {
                _ = SerpstatParams.Keyword("KeywordText", keyword);
            }

            writer.Target = text;
            writer.Add("keywords", text);
        }
        else
        {
            var keywords = (Keywords ?? []).Select(k => SerpstatParams.Keyword("Keyword", k)).Distinct(StringComparer.Ordinal).ToList();
            if (keywords.Count == 0)
            {
                throw new InvalidInputException("Keyword", "-Keyword needs at least one keyword.");
            }

            writer.Target = keywords.Count == 1 ? keywords[0] : $"{keywords.Count:N0} keywords";
            writer.AddList("keywords", keywords);
        }

        writer.Add("seId", 1L)
            .Add("countryId", Check.Range("CountryId", CountryId, 1, 247))
            .Add("regionId", Check.Range("RegionId", RegionId, 1, long.MaxValue))
            .Add("langId", Check.Range("LanguageId", LanguageId, 1, 48))
            .Add("typeId", Check.Range("DeviceTypeId", DeviceTypeId, 1, 2))
            .Add("type", Check.OneOf("Type", Type, "regular", "local"));
    }
}

/// <summary>What tasks.getKeywordSerp and tasks.getTaskResult take.</summary>
public sealed record SerpstatSerpCrawlReadQuery
{
    public string TaskId { get; init; } = string.Empty;

    /// <summary>The keyword of the task (getKeywordSerp).</summary>
    public long? KeywordId { get; init; }

    /// <summary>The page of results, from 1 (getTaskResult).</summary>
    public int? Page { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        new SerpstatTaskQuery { TaskId = TaskId }.WriteNumberTo(writer, "taskId");
        writer.Add("keywordId", Check.Range("KeywordId", KeywordId, 1, long.MaxValue));
        writer.Add("page", Check.Range("Page", Page, 1, long.MaxValue));
    }
}

/// <summary>
/// Serpstat's SERP crawling (§14, the <c>tasks.*</c> methods): sent to the second endpoint
/// (<see cref="ApiProfile.SecondBaseUri"/>, https://serpstat.com/rt/api/v2/) with the same token
/// and limiter. Starting a task is billed per keyword from the crawling balance (money, not
/// lines) and never sent twice; every read is free.
/// </summary>
public static class SerpstatSerpCrawlOperations
{
    /// <summary>The most result pages read of one task (a guard: Serpstat does not say how many there are).</summary>
    public const int MaxPages = 10_000;

    /// <summary>tasks.addTask: keywords as one comma-separated text.</summary>
    public static Operation<SerpstatSerpCrawlQuery, SerpstatSerpCrawlTask> StartText { get; } = Start("tasks.addTask", asText: true);

    /// <summary>tasks.addKeywordList: keywords as a list (an item may hold commas).</summary>
    public static Operation<SerpstatSerpCrawlQuery, SerpstatSerpCrawlTask> StartList { get; } = Start("tasks.addKeywordList", asText: false);

    /// <summary>tasks.getList: the tasks of the last 7 days with their progress, paged by page and pageSize (100 to 1,000).</summary>
    public static Operation<NoQuery, SerpstatSerpCrawlInfo> List { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "tasks.getList", Json.SerpstatSerpCrawlInfo, NoQuery.Write)
    {
        OnSecondBase = true,
        Paging = Paging.PageAndLimit(100, SerpstatRpc.MaxPage) with { LimitName = "pageSize", MinSize = 100 },
        Rows = RowLocation.InProperty("result", "data"),
    };

    /// <summary>tasks.getTaskResult: one page of crawled keywords with their results; free.</summary>
    public static Operation<SerpstatSerpCrawlReadQuery, SerpstatCrawledKeyword> Results { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "tasks.getTaskResult", Json.SerpstatCrawledKeyword, (q, w) => q.WriteTo(w))
    {
        OnSecondBase = true,
        Rows = RowLocation.InPropertyOnly("tops").Under("result"),
        Stamp = (q, r, _) => r.TaskId = q.TaskId.Trim(),
    };

    /// <summary>tasks.getKeywordSerp: the raw HTML of one keyword's SERP; free.</summary>
    public static Operation<SerpstatSerpCrawlReadQuery, SerpstatSerpHtml> Html { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "tasks.getKeywordSerp", Json.SerpstatSerpHtml, (q, w) => q.WriteTo(w))
    {
        OnSecondBase = true,
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Stamp = (q, r, _) => (r.TaskId, r.KeywordId) = (q.TaskId.Trim(), q.KeywordId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>tasks.getParsingBalance: money left and the prices per keyword; free.</summary>
    public static Operation<NoQuery, SerpstatCrawlBalance> Balance { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "tasks.getParsingBalance", Json.SerpstatCrawlBalance, NoQuery.Write)
    {
        OnSecondBase = true,
        Rows = RowLocation.ObjectAtPath.Under("result"),
    };

    public static Operation[] AllOperations => [StartText, StartList, List, Results, Html, Balance];

    /// <summary>How messages name a task.</summary>
    public static string Describe(string taskId) => "SERP crawling task " + taskId;

    /// <summary>The organic results of a crawled keyword, one row each, in position order.</summary>
    public static IEnumerable<SerpstatCrawledResult> ResultsOf(SerpstatCrawledKeyword keyword)
    {
        var data = (keyword ?? throw new ArgumentNullException(nameof(keyword))).Data;
        var serpTypes = data?.Types is { Count: > 0 } types ? Listed(types) : null;
        foreach (var item in (data?.Top ?? []).OrderBy(t => t.Position ?? int.MaxValue))
        {
            yield return new SerpstatCrawledResult
            {
                TaskId = keyword.TaskId,
                KeywordId = keyword.KeywordId,
                Keyword = keyword.Keyword,
                Position = item.Position,
                Url = item.Url,
                Domain = item.Domain,
                Subdomain = item.Subdomain,
                Title = item.Title,
                Snippet = item.Snippet,
                Breadcrumbs = item.Breadcrumbs,
                Types = item.Types is { Count: > 0 } own ? Listed(own) : null,
                TotalResults = data?.Results,
                RightSpell = data?.RightSpell,
                SerpTypes = serpTypes,
            };
        }
    }

    /// <summary>
    /// Waits for SERP crawling tasks, reading their progress from tasks.getList (the reference's
    /// way: there is no status method); a task the list does not hold (older than 7 days, or
    /// unknown) is that task's error.
    /// </summary>
    public static Task<IReadOnlyList<string>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<string> taskIds,
        PollOptions options,
        IJobPollObserver<string, SerpstatSerpCrawlInfo> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            taskIds,
            async (id, token) =>
            {
                var rows = await connection.ListAsync(List, NoQuery.Value, trace, token).ConfigureAwait(false);
                return rows.FirstOrDefault(r => string.Equals(r.TaskId, id.Trim(), StringComparison.Ordinal))
                    ?? new SerpstatSerpCrawlInfo { TaskId = id.Trim(), Missing = true };
            },
            info => info.Missing
                ? new JobReading(JobStage.Failed, "not among the tasks of the last 7 days (tasks.getList)")
                : new JobReading(info.Percent >= 100 ? JobStage.Done : JobStage.Running, info.Status, info.Percent is { } p ? p.ToString(CultureInfo.InvariantCulture) + " %" : null),
            Describe,
            options,
            observer,
            cancellationToken);

    private static TopList<string> Listed(IEnumerable<string> items)
    {
        var list = new TopList<string>();
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static Operation<SerpstatSerpCrawlQuery, SerpstatSerpCrawlTask> Start(string method, bool asText) => new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, method, Json.SerpstatSerpCrawlTask, (q, w) => q.WriteTo(w, asText))
    {
        OnSecondBase = true,
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Safety = RequestSafety.CreatesPaidWork,
        Stamp = (q, r, _) => (r.Keywords, r.CountryId, r.RegionId) = (q.KeywordCount, q.CountryId, q.RegionId),
    };

    private static SerpstatTaskJsonContext Json => SerpstatTaskJsonContext.Default;
}
