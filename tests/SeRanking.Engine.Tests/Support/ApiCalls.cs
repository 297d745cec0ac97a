using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Account;
using SeRanking.Engine.Serpstat.Limits;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Support;

// The calls the tests make most, each one operation run by the engine's machinery
// (OperationRunner), named for what the test does.

internal sealed class DataCalls(ApiConnection connection)
{
    public ApiConnection Connection { get; } = connection;

    public Task<DataSubscription> GetSubscriptionAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(AccountOperations.Subscription, NoQuery.Value, trace, cancellationToken);

    public Task<IReadOnlyList<TargetResult<BacklinkSummary>>> GetBacklinkSummariesAsync(
        IReadOnlyList<string> targets, string mode = "host", IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.BatchAsync(BacklinkOperations.Summary, targets, batch => new TargetsQuery { Targets = batch, Mode = mode }, trace, cancellationToken);

    public Task<DomainOverview> GetDomainOverviewAsync(DomainOverviewQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(DomainOperations.OverviewDb, query, trace, cancellationToken);

    public async Task<IReadOnlyList<SerpTask>> CreateSerpTasksAsync(SerpTaskRequest request, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        _ = request.Validate();
        var created = new List<SerpTask>();
        foreach (var chunk in TargetBatcher.Chunk(request.Queries, SerpTaskRequest.MaxQueriesPerRequest))
        {
            created.AddRange(await Connection.ListAsync(SerpOperations.CreateTasks, request with { Queries = chunk }, trace, cancellationToken));
        }

        return created;
    }

    public Task<SerpTaskState> GetSerpTaskAsync(long taskId, bool advanced = false, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.ReadTaskAsync(taskId, advanced, trace, cancellationToken);

    public Task<IReadOnlyList<SerpTask>> GetSerpTasksAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.ListAsync(SerpOperations.Tasks, NoQuery.Value, trace, cancellationToken);
}

internal sealed class ProjectCalls(ApiConnection connection)
{
    public ApiConnection Connection { get; } = connection;

    public Task<ProjectAccountBalance> GetBalanceAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(ProjectAccountOperations.Balance, NoQuery.Value, trace, cancellationToken);

    public Task<ProjectAccountProfile> GetProfileAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(ProjectAccountOperations.Profile, NoQuery.Value, trace, cancellationToken);

    public Task<ProjectAccountSubscription> GetSubscriptionAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(ProjectAccountOperations.Subscription, NoQuery.Value, trace, cancellationToken);
}

internal sealed class SerpstatCalls(ApiConnection connection)
{
    public ApiConnection Connection { get; } = connection;

    public Task<SerpstatLimits> GetLimitsAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(SerpstatLimitOperations.Stats, NoQuery.Value, trace, cancellationToken);

    /// <summary>Any method by name, as Invoke-SerpstatMethod calls it: the rows of its answer as plain values.</summary>
    public Task<IReadOnlyList<JsonRecord>> InvokeAsync(string method, object? parameters = null, IApiTrace? trace = null, bool? paged = null, CancellationToken cancellationToken = default)
    {
        var query = new RpcQuery { Method = method, Params = parameters };
        return Connection.ListAsync(RawOperations.ForRpc(ApiKind.Serpstat, query, paged), query, trace, cancellationToken);
    }
}
