using System;
using System.Linq;
using SeRanking.Emulator.Project;

namespace SeRanking.Emulator;

/// <summary>
/// The SE Ranking Project API in both dialects, from one account's workspace: the legacy host
/// under <c>/project/</c> (40-hex key, ids in the path, PUT), and the unified host under the Data
/// API's base, <c>/data/v1/project-management/</c> (the UUID key, ids in the query, PATCH).
/// </summary>
internal sealed class ProjectApiEndpoints(EmulatorAccounts accounts, RateLimits rateLimits) : IApiEndpoints
{
    /// <summary>Where the unified Project API starts under the Data API's base.</summary>
    public const string UnifiedPrefix = "v1/project-management/";

    // Every route described as data, in both dialects (Project/); phase B adds its files here.
    private static readonly ProjectRouteTable RouteTable = new(
        AccountRoutes.All()
            .Concat(SiteRoutes.All())
            .Concat(KeywordRoutes.All())
            .Concat(PositionRoutes.All())
            .Concat(SystemRoutes.All())
            .Concat(GroupRoutes.All())
            .Concat(CompetitorRoutes.All())
            .Concat(AiTrackerRoutes.All())
            .Concat(AiTrackerSourceRoutes.All())
            .Concat(AuditRoutes.All())
            .Concat(BacklinkCheckerRoutes.All())
            .Concat(UrlTagRoutes.All())
            .Concat(SubAccountRoutes.All())
            .Concat(AnalyticsRoutes.All())
            .Concat(VolumeRoutes.All()));

    /// <summary>The legacy host: the key in the Token header or <c>?token=</c>.</summary>
    public ApiResponse Handle(ApiCall call)
    {
        var key = call.KeyFromTokenHeaderOrQuery("token");
        if (key is null)
        {
            return ErrorBodies.Project(401, "No token");
        }

        if (accounts.FindProject(key) is not { } account)
        {
            // Whether api4 takes the unified UUID is unknown (seranking-unified.md, open question 2): refused here.
            return ErrorBodies.Project(401, accounts.KindOf(key) is { } other ? ErrorBodies.WrongKind(other, EmulatedApi.Project) : "Incorrect token");
        }

        return Serve(ProjectDialect.Legacy, call, account, key, call.Path);
    }

    /// <summary>The unified host: only the Token header, and the key of a Data account whose plan includes the Project API.</summary>
    public ApiResponse HandleUnified(ApiCall call)
    {
        var header = call.Authorization;
        var key = string.IsNullOrWhiteSpace(header) ? null : call.KeyFromTokenHeaderOrQuery("token");
        if (key is null)
        {
            return ProjectJson.Error(ProjectDialect.Unified, 401, "No token");
        }

        if (accounts.FindData(key) is not { } data)
        {
            return ProjectJson.Error(ProjectDialect.Unified, 401, accounts.FindProject(key) is not null
                ? "Authentication failed. A legacy Project API key is not accepted here; use the SE Ranking API key (a UUID)."
                : "Unauthorized");
        }

        if (data.Project is not { } account)
        {
            return ProjectJson.Error(ProjectDialect.Unified, 403, "Subscription required");
        }

        return Serve(ProjectDialect.Unified, call, account, key, call.Path[UnifiedPrefix.Length..]);
    }

    private ApiResponse Serve(ProjectDialect dialect, ApiCall call, ProjectAccount account, string key, string path)
    {
        if (account.Workspace.SubscriptionRequired)
        {
            return ProjectJson.Error(dialect, 403, "Subscription required");
        }

        if (!call.DryRun && !rateLimits.TryAdmit(EmulatedApi.Project, key, call))
        {
            return dialect == ProjectDialect.Legacy ? ErrorBodies.Project(429, "Too many requests") : ErrorBodies.DataRateLimited();
        }

        return RouteTable.Handle(dialect, call, account, path);
    }
}
