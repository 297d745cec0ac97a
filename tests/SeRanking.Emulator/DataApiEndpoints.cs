using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SeRanking.Emulator;

/// <summary>
/// The SE Ranking Data API under <c>/data/</c>: key check, per-key rate limit, then the
/// endpoint. Every refusal costs nothing, as the seed says failed requests are not billed.
/// </summary>
internal sealed class DataApiEndpoints(EmulatorAccounts accounts, RateLimits rateLimits, SerpTaskEndpoints serpTasks, SiteAuditEndpoints siteAudits, BacklinkExportEndpoints exports, ProjectApiEndpoints project) : IApiEndpoints
{
    // Every endpoint described as data (Routes/); the create → poll → fetch flows are below.
    private static readonly Routes.DataRouteTable RouteTable = new(
        Routes.BacklinkRoutes.All()
            .Concat(Routes.DomainRoutes.All())
            .Concat(Routes.KeywordRoutes.All())
            .Concat(Routes.AiSearchRoutes.All())
            .Concat(Routes.SerpRoutes.All()));

    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    // Paths that exist with some method: a wrong method on them is 405, anything else 404.
    private static readonly HashSet<string> KnownPaths = new(StringComparer.Ordinal)
    {
        "v1/account/subscription",
        "v1/account/credit-balance",
        "v1/domain/overview/db",
        "v1/serp/classic/tasks",
        "v1/serp/classic/tasks/results_advanced",
        "v1/serp/classic/tasks/html",
        "v1/backlinks/export",
        "v1/backlinks/export/status",
    };

    public ApiResponse Handle(ApiCall call)
    {
        // An export's download link needs no key: the link is the secret (and may be on another host).
        if (call.Method == "GET" && call.Path.StartsWith(BacklinkExportEndpoints.FilePrefix, StringComparison.Ordinal))
        {
            return BacklinkExportEndpoints.File(call);
        }

        // Since May 2026 the Project API is also served on this host, with its own rate and errors.
        if (call.Path.StartsWith(ProjectApiEndpoints.UnifiedPrefix, StringComparison.Ordinal))
        {
            return project.HandleUnified(call);
        }

        var key = call.KeyFromTokenHeaderOrQuery("apikey");
        if (key is null)
        {
            return ErrorBodies.Data(400, ErrorBodies.NoToken);
        }

        var account = accounts.FindData(key);
        if (account is null)
        {
            return ErrorBodies.Data(400, accounts.KindOf(key) is { } other ? ErrorBodies.WrongKind(other, EmulatedApi.Data) : ErrorBodies.AuthenticationFailed);
        }

        if (account.LicenseExpired)
        {
            return ErrorBodies.Data(403, ErrorBodies.LicenseExpired);
        }

        if (!call.DryRun && !rateLimits.TryAdmit(EmulatedApi.Data, key, call))
        {
            return ErrorBodies.DataRateLimited();
        }

        if (RouteTable.TryHandle(call, account) is { } routed)
        {
            return routed;
        }

        return (call.Method, call.Path) switch
        {
            ("GET", "v1/account/subscription") => Subscription(account),
            ("GET", "v1/account/credit-balance") => CreditBalance(account),
            ("GET", "v1/domain/overview/db") => DomainOverviewEndpoint.Handle(call, account),
            ("POST", "v1/serp/classic/tasks") => serpTasks.Create(call, account),
            ("GET", "v1/serp/classic/tasks") => serpTasks.ListOrRead(call, account),
            ("GET", "v1/serp/classic/tasks/results_advanced") => serpTasks.ReadAdvanced(call, account),
            ("GET", "v1/serp/classic/tasks/html") => serpTasks.Html(call, account),
            ("GET", "v1/backlinks/export") => exports.Start(call, account),
            ("GET", "v1/backlinks/export/status") => exports.ReadStatus(call, account),
            (_, var audits) when SiteAuditEndpoints.Owns(audits) => siteAudits.Handle(call, account),
            (_, var path) when KnownPaths.Contains(path) => ErrorBodies.Data(405, "Method Not Allowed."),
            _ => ErrorBodies.Data(404, ErrorBodies.NotFound),
        };
    }

    /// <summary>
    /// Charges <paramref name="cost"/> credits, or on a dry run only checks they are there.
    /// Returns the refusal to answer, or null when the call may go on.
    /// </summary>
    internal static ApiResponse? Charge(ApiCall call, DataAccount account, long cost)
    {
        var paid = call.DryRun ? account.Credits >= cost : account.TryCharge(cost);
        return paid ? null : ErrorBodies.DataInsufficientFunds(account.FundsErrorStyle);
    }

    internal static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    private static ApiResponse Subscription(DataAccount account)
    {
        var info = new SubscriptionInfo(
            Status: "active",
            StartDate: FormatDateTime(account.CreatedAt),
            ExpirationDate: FormatDateTime(account.CreatedAt.AddYears(1)),
            UnitsLimit: account.CreditsLimit,
            UnitsLeft: account.Credits);
        return ApiResponse.Json(200, new SubscriptionBody(info), ApiJsonContext.Wire.SubscriptionBody);
    }

    private static ApiResponse CreditBalance(DataAccount account) =>
        ApiResponse.Json(200, new CreditBalanceBody(account.CreditsLimit, account.CreditsSpent), ApiJsonContext.Wire.CreditBalanceBody);
}
