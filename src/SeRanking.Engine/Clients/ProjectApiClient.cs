using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Models.Project;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Clients;

/// <summary>SE Ranking Project API calls (no credits: the Project API draws on plan limits).</summary>
public sealed class ProjectApiClient(ApiConnection connection) : ClientBase(connection, ApiKind.SeRankingProject)
{
    public Task<ProjectAccountBalance> GetBalanceAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.SendAsync(new ApiRequest(HttpMethod.Get, "account/balance"), EngineJsonContext.Default.ProjectAccountBalance, trace, null, cancellationToken);

    public Task<ProjectAccountProfile> GetProfileAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        Connection.SendAsync(new ApiRequest(HttpMethod.Get, "account/profile"), EngineJsonContext.Default.ProjectAccountProfile, trace, null, cancellationToken);

    public async Task<ProjectAccountSubscription> GetSubscriptionAsync(IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var wire = await Connection.SendAsync(
            new ApiRequest(HttpMethod.Get, "account/subscription"), EngineJsonContext.Default.ProjectSubscriptionWire, trace, null, cancellationToken).ConfigureAwait(false);
        return wire.ToRecord();
    }
}
