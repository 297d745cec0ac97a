namespace SeRanking.Emulator;

/// <summary>The SE Ranking Project API under <c>/project/</c>: the three account calls.</summary>
internal sealed class ProjectApiEndpoints(EmulatorAccounts accounts, RateLimits rateLimits) : IApiEndpoints
{
    public ApiResponse Handle(ApiCall call)
    {
        var key = call.KeyFromTokenHeaderOrQuery("token");
        if (key is null)
        {
            return ErrorBodies.Project(401, "No token");
        }

        if (accounts.FindProject(key) is not { } account)
        {
            return ErrorBodies.Project(401, accounts.KindOf(key) is { } other ? ErrorBodies.WrongKind(other, EmulatedApi.Project) : "Invalid token");
        }

        if (!call.DryRun && !rateLimits.TryAdmit(EmulatedApi.Project, key))
        {
            return ErrorBodies.Project(429, "Too many requests");
        }

        return (call.Method, call.Path) switch
        {
            ("GET", "account/balance") => Balance(account),
            ("GET", "account/profile") => Profile(account),
            ("GET", "account/subscription") => Subscription(account),
            (_, "account/balance" or "account/profile" or "account/subscription") => ErrorBodies.Project(405, "Method not allowed"),
            _ => ErrorBodies.Project(404, "Not found"),
        };
    }

    private static ApiResponse Balance(ProjectAccount account) =>
        account.LicenseExpired
            ? ErrorBodies.Project(403, ErrorBodies.LicenseExpired)
            : ApiResponse.Json(200, new ProjectBalanceBody(account.Currency, account.Currency, account.Balance), ApiJsonContext.Wire.ProjectBalanceBody);

    private static ApiResponse Profile(ProjectAccount account) =>
        account.LicenseExpired
            ? ErrorBodies.Project(403, ErrorBodies.LicenseExpired)
            : ApiResponse.Json(
                200,
                new ProjectProfileBody(account.Email, EmailVerified: true, account.FirstName, account.LastName, Lang: "en", Picture: null),
                ApiJsonContext.Wire.ProjectProfileBody);

    // An expired licence still reads its subscription: that is how a user finds out.
    private static ApiResponse Subscription(ProjectAccount account) =>
        ApiResponse.Json(
            200,
            new ProjectSubscriptionBody("subscription", account.LicenseExpired ? "true" : "false", new ProjectMoney(account.Currency, account.Balance)),
            ApiJsonContext.Wire.ProjectSubscriptionBody);
}
