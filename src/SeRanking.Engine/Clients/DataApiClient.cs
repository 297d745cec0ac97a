using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Models.Data;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Clients;

/// <summary>How a backlinks target is read.</summary>
public enum BacklinkMode
{
    /// <summary>The exact host (apex and www count as one); the API's default.</summary>
    Host,

    /// <summary>The domain with all its subdomains.</summary>
    Domain,

    /// <summary>One page.</summary>
    Url,
}

/// <summary>SE Ranking Data API calls, each validated locally before anything is sent.</summary>
public sealed class DataApiClient(ApiConnection connection) : ClientBase(connection, ApiKind.SeRankingData)
{
    /// <summary>Plan status and credits (free).</summary>
    public async Task<DataSubscription> GetSubscriptionAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(HttpMethod.Get, "v1/account/subscription");
        var envelope = await Connection.SendAsync(request, EngineJsonContext.Default.DataSubscriptionEnvelope, trace, _ => 0, cancellationToken).ConfigureAwait(false);
        return envelope.SubscriptionInfo ?? throw MissingMember(request, "subscription_info");
    }

    /// <summary>
    /// Backlink summaries for any number of targets, in calls of up to 100, one result per input
    /// target in input order (100 credits per distinct target answered).
    /// </summary>
    public Task<IReadOnlyList<TargetResult<BacklinkSummary>>> GetBacklinkSummariesAsync(
        IReadOnlyList<string> targets,
        BacklinkMode mode = BacklinkMode.Host,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        TargetBatcher.RunAsync(
            targets,
            (batch, ct) => GetBacklinkSummaryBatchAsync(batch, mode, trace, ct),
            row => row.Target,
            TargetBatcher.DataApiBatchSize,
            cancellationToken);

    /// <summary>Forecast for <see cref="GetBacklinkSummariesAsync"/>, for -WhatIf and budgets.</summary>
    public static CreditForecast ForecastBacklinkSummaries(int distinctTargets) =>
        CreditCatalogue.Forecast(ApiKind.SeRankingData, "POST", "backlinks/summary", distinctTargets, CallsFor(distinctTargets, TargetBatcher.DataApiBatchSize));

    /// <summary>Organic and paid overview of a domain, or of one URL, in one regional database (100 credits).</summary>
    public async Task<DomainOverview> GetDomainOverviewAsync(DomainOverviewQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        var source = ValidateSource(query.Source, allowAggregate: false);
        string? url = query.Url is null ? null : TargetRules.Validate(query.Url, "Url");
        var domain = string.IsNullOrWhiteSpace(query.Domain) && url is not null ? HostOf(url) : TargetRules.Validate(query.Domain, "Domain");
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("source", source),
            new("domain", domain),
            new("with_subdomains", query.WithSubdomains ? "1" : "0"),
        };
        if (url is not null)
        {
            parameters.Add(new("url", url));
        }

        var request = new ApiRequest(HttpMethod.Get, "v1/domain/overview/db") { Query = parameters, Target = url ?? domain };
        var envelope = await Connection.SendAsync(
            request, EngineJsonContext.Default.DomainOverviewEnvelope, trace, _ => ForecastDomainOverview(1).Credits, cancellationToken).ConfigureAwait(false);
        return ToOverview(envelope, domain, url, source, query.WithSubdomains);
    }

    public static CreditForecast ForecastDomainOverview(int domains) =>
        CreditCatalogue.Forecast(ApiKind.SeRankingData, "GET", "domain/overview/db", domains, Math.Max(1, domains));

    /// <summary>
    /// Creates classic SERP tasks, one per query (10 credits each), in requests of up to 1000
    /// queries. Paid work: a request is never repeated once the server may have acted on it.
    /// </summary>
    public async Task<IReadOnlyList<SerpTask>> CreateSerpTasksAsync(SerpTaskRequest request, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var queries = request.Validate();
        var created = new List<SerpTask>(queries.Count);
        foreach (var chunk in TargetBatcher.Chunk(queries, SerpTaskRequest.MaxQueriesPerRequest))
        {
            var body = new SerpTaskCreateBody
            {
                Device = request.Device,
                LanguageCode = request.LanguageCode.Trim().ToLowerInvariant(),
                LocationId = request.LocationId,
                Query = chunk.ToList(),
                Tag = request.Tag,
                PingbackUrl = request.PingbackUrl?.AbsoluteUri,
            };
            var apiRequest = new ApiRequest(HttpMethod.Post, "v1/serp/classic/tasks")
            {
                JsonBody = JsonSerializer.SerializeToUtf8Bytes(body, EngineJsonContext.Default.SerpTaskCreateBody),
                Safety = RequestSafety.CreatesPaidWork,
                Target = chunk.Count == 1 ? chunk[0] : $"{chunk.Count.ToString(CultureInfo.InvariantCulture)} queries",
            };
            var tasks = await Connection.SendAsync(
                apiRequest, EngineJsonContext.Default.ListSerpTask, trace, answered => ForecastSerpTasks(answered.Count).Credits, cancellationToken).ConfigureAwait(false);
            foreach (var task in tasks)
            {
                task.Tag ??= request.Tag;
                task.LocationId ??= request.LocationId;
                task.LanguageCode ??= body.LanguageCode;
                task.Device ??= request.Device ?? "desktop";
                task.Status ??= "processing";
            }

            created.AddRange(tasks);
        }

        return created;
    }

    public static CreditForecast ForecastSerpTasks(int queries) =>
        CreditCatalogue.Forecast(ApiKind.SeRankingData, "POST", "serp/classic/tasks", queries, CallsFor(queries, SerpTaskRequest.MaxQueriesPerRequest));

    /// <summary>
    /// Forecast for reading advanced results of <paramref name="tasks"/> tasks: 100 credits per task
    /// on its first read (an upper bound: tasks already read cost nothing again).
    /// </summary>
    public static CreditForecast ForecastAdvancedSerpResults(int tasks) =>
        CreditCatalogue.Forecast(ApiKind.SeRankingData, "GET", "serp/classic/tasks/results_advanced", tasks, Math.Max(1, tasks));

    /// <summary>Tasks created with this key in the last 24 hours (free).</summary>
    public async Task<IReadOnlyList<SerpTask>> GetSerpTasksAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(HttpMethod.Get, "v1/serp/classic/tasks");
        return await Connection.SendAsync(request, EngineJsonContext.Default.ListSerpTask, trace, _ => 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a task: still processing, or done with its results. Standard results are free;
    /// advanced results (every SERP item type) cost 100 credits on the first read of a task.
    /// </summary>
    public async Task<SerpTaskState> GetSerpTaskAsync(long taskId, bool advanced = false, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        if (taskId <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(taskId), taskId, "A SERP task id is a positive number, as returned when the task was created.");
        }

        var id = taskId.ToString(CultureInfo.InvariantCulture);
        var request = new ApiRequest(HttpMethod.Get, advanced ? "v1/serp/classic/tasks/results_advanced" : "v1/serp/classic/tasks")
        {
            Query = [new("task_id", id)],
            Target = "task " + id,
        };
        var envelope = await Connection.SendAsync(
            request,
            EngineJsonContext.Default.SerpTaskReadEnvelope,
            trace,
            read => advanced && IsDone(read) ? AdvancedReadLedger.ChargeFor(Connection.Key, taskId) : 0,
            cancellationToken).ConfigureAwait(false);
        if (!IsDone(envelope))
        {
            return new SerpTaskState { TaskId = taskId, IsDone = false };
        }

        var metadata = envelope.RequestMetadata;
        var items = envelope.Items ?? envelope.Results ?? [];
        foreach (var item in items)
        {
            item.TaskId = taskId;
            item.Keyword = metadata?.Keyword;
        }

        return new SerpTaskState
        {
            TaskId = taskId,
            IsDone = true,
            Result = new SerpResult
            {
                TaskId = metadata?.TaskId ?? taskId,
                Keyword = metadata?.Keyword,
                SearchEngine = metadata?.SearchEngine,
                Device = metadata?.Device,
                LocationId = metadata?.LocationId,
                LanguageCode = metadata?.LanguageCode,
                TotalResults = envelope.Summary?.TotalResults,
                Advanced = advanced,
                Items = items,
                AdditionalFields = ExtraFields.Merge(
                    ("request_metadata.", metadata?.AdditionalFields), ("summary.", envelope.Summary?.AdditionalFields), (string.Empty, envelope.AdditionalFields)),
            },
        };
    }

    private async Task<IReadOnlyList<BacklinkSummary>> GetBacklinkSummaryBatchAsync(
        IReadOnlyList<string> batch, BacklinkMode mode, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var modeText = ModeText(mode);
        var body = new BacklinkSummaryBody { Target = batch.ToList(), Mode = modeText };
        var request = new ApiRequest(HttpMethod.Post, "v1/backlinks/summary")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(body, EngineJsonContext.Default.BacklinkSummaryBody),
            Target = batch.Count == 1 ? batch[0] : $"{batch.Count.ToString(CultureInfo.InvariantCulture)} targets",
        };
        var envelope = await Connection.SendAsync(
            request,
            EngineJsonContext.Default.BacklinkSummaryEnvelope,
            trace,
            answered => ForecastBacklinkSummaries(answered.Summary?.Count ?? 0).Credits,
            cancellationToken).ConfigureAwait(false);
        var rows = envelope.Summary ?? throw MissingMember(request, "summary");
        foreach (var row in rows)
        {
            row.Mode = modeText;
        }

        return rows;
    }

    internal static string ModeText(BacklinkMode mode) => mode switch
    {
        BacklinkMode.Host => "host",
        BacklinkMode.Domain => "domain",
        BacklinkMode.Url => "url",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Mode is host, domain or url."),
    };

    /// <summary>Validates a regional database code against the catalogue, before any request.</summary>
    internal static string ValidateSource(string? source, bool allowAggregate)
    {
        if (RegionCatalogue.TryGet(source, out var region) && (allowAggregate || !region.IsAggregate))
        {
            return region.Code;
        }

        throw new InvalidInputException("Source", RegionCatalogue.DescribeInvalid(source, allowAggregate));
    }

    private static bool IsDone(SerpTaskReadEnvelope envelope) =>
        !(string.Equals(envelope.Status, "processing", StringComparison.OrdinalIgnoreCase) && envelope.Items is null && envelope.Results is null);

    private static int CallsFor(int units, int perCall) => Math.Max(1, (units + perCall - 1) / perCall);

    private static string HostOf(string url) =>
        Uri.TryCreate(url.Contains("://") ? url : "https://" + url, UriKind.Absolute, out var uri) ? uri.Host : url;

    private ApiException MissingMember(ApiRequest request, string member) =>
        Connection.Malformed(request, call: null, $"the answer has no '{member}' member");

    private static DomainOverview ToOverview(DomainOverviewEnvelope envelope, string domain, string? url, string source, bool withSubdomains)
    {
        var organic = envelope.Organic ?? new OverviewBlock();
        var paid = envelope.Adv ?? new OverviewBlock();
        return new DomainOverview
        {
            Domain = domain,
            Url = url,
            Source = source,
            WithSubdomains = withSubdomains,
            BaseDomain = organic.BaseDomain ?? paid.BaseDomain,
            Year = organic.Year ?? paid.Year,
            Month = organic.Month ?? paid.Month,
            OrganicKeywords = organic.KeywordsCount,
            OrganicTraffic = organic.TrafficSum,
            OrganicTrafficCost = organic.PriceSum,
            OrganicNewKeywords = organic.NewCount,
            OrganicUpKeywords = organic.UpCount,
            OrganicDownKeywords = organic.DownCount,
            OrganicUnchangedKeywords = organic.EqualCount,
            OrganicLostKeywords = organic.LostCount,
            OrganicTop1To5 = organic.Top1To5,
            OrganicTop6To10 = organic.Top6To10,
            OrganicTop11To20 = organic.Top11To20,
            OrganicTop21To50 = organic.Top21To50,
            OrganicTop51To100 = organic.Top51To100,
            PaidKeywords = paid.KeywordsCount,
            PaidTraffic = paid.TrafficSum,
            PaidTrafficCost = paid.PriceSum,
            PaidNewKeywords = paid.NewCount,
            PaidUpKeywords = paid.UpCount,
            PaidDownKeywords = paid.DownCount,
            PaidUnchangedKeywords = paid.EqualCount,
            PaidLostKeywords = paid.LostCount,
            PaidTop1To2 = paid.Top1To2,
            PaidTop3To5 = paid.Top3To5,
            PaidTop6To8 = paid.Top6To8,
            PaidTop9To11 = paid.Top9To11,
            AdditionalFields = ExtraFields.Merge(("organic.", envelope.Organic?.AdditionalFields), ("adv.", envelope.Adv?.AdditionalFields)),
        };
    }
}
