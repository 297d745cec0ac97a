using System.Collections.Generic;

namespace SeRanking.Emulator.Project;

/// <summary>The account reads: balance and subscription on the legacy host only, the profile on both (unified <c>users/me</c>).</summary>
internal static class AccountRoutes
{
    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET account/balance", null, Balance),
        new("GET account/profile", "GET users/me", Profile),
        new("GET account/subscription", null, Subscription),
    ];

    private static ApiResponse Balance(ProjectRequest request) =>
        request.Account.LicenseExpired
            ? ProjectJson.Error(request.Dialect, 403, ErrorBodies.LicenseExpired)
            : ApiResponse.Json(200, new ProjectBalanceBody(request.Account.Currency, request.Account.Currency, request.Account.Balance), ApiJsonContext.Wire.ProjectBalanceBody);

    private static ApiResponse Profile(ProjectRequest request) =>
        request.Account.LicenseExpired
            ? ProjectJson.Error(request.Dialect, 403, ErrorBodies.LicenseExpired)
            : ApiResponse.Json(
                200,
                new ProjectProfileBody(request.Account.Email, EmailVerified: true, request.Account.FirstName, request.Account.LastName, Lang: "en", Picture: null),
                ApiJsonContext.Wire.ProjectProfileBody);

    // An expired licence still reads its subscription: that is how a user finds out.
    private static ApiResponse Subscription(ProjectRequest request) =>
        ApiResponse.Json(
            200,
            new ProjectSubscriptionBody("subscription", request.Account.LicenseExpired ? "true" : "false", new ProjectMoney(request.Account.Currency, request.Account.Balance)),
            ApiJsonContext.Wire.ProjectSubscriptionBody);
}
