using System;
using Microsoft.AspNetCore.WebUtilities;

namespace SeRanking.Emulator;

/// <summary>The error answers of the three APIs, worded as the API reference and seed documents show them.</summary>
internal static class ErrorBodies
{
    public const string NoToken = "No token";

    public const string AuthenticationFailed =
        "Authentication failed. Please make sure your API key is valid and active. To get an API key, please contact us at api@seranking.com.";

    public const string LicenseExpired = "License expired";

    /// <summary>A key of another API: the keys are not interchangeable, and the answer says which kind it was.</summary>
    public static string WrongKind(EmulatedApi given, EmulatedApi expected) =>
        $"Authentication failed. The key given is a {KeyName(given)}; the {ApiName(expected)} needs a {KeyName(expected)}.";

    private static string KeyName(EmulatedApi api) => api switch
    {
        EmulatedApi.Data => "Data API key",
        EmulatedApi.Project => "Project API key",
        _ => "Serpstat API token",
    };

    private static string ApiName(EmulatedApi api) => api switch
    {
        EmulatedApi.Data => "SE Ranking Data API",
        EmulatedApi.Project => "SE Ranking Project API",
        _ => "Serpstat API",
    };

    public const string NotFound = "The requested resource could not be found.";

    public const string HugeWebsite = "Results for huge websites like google.com or twitter.com are unavailable via API so far.";

    public const string UnexpectedError = "Unexpected error. Please try again later.";

    // "enable you API key" is the seed's own wording; clients may match on it.
    public const string InsufficientFunds =
        "Insufficient funds, API key is temporarily disabled. Please make a payment to enable you API key or contact us at api@seranking.com.";

    public static ApiResponse Data(int status, string description) =>
        ApiResponse.Json(status, new DataErrorBody(description), ApiJsonContext.Wire.DataErrorBody);

    public static ApiResponse DataNested(int status, string message, string description) =>
        ApiResponse.Json(status, new NestedErrorBody(new NestedError(status, message, description)), ApiJsonContext.Wire.NestedErrorBody);

    public static ApiResponse DataRateLimited() => DataNested(429, "Too Many Requests", "Call rate limit reached.");

    public static ApiResponse DataInsufficientFunds(InsufficientFundsStyle style) => style switch
    {
        InsufficientFundsStyle.Http403Nested => DataNested(403, "Insufficient funds", InsufficientFunds),
        _ => Data(400, InsufficientFunds),
    };

    public static ApiResponse Project(int status, string message) =>
        ApiResponse.Json(status, new ProjectErrorBody(message), ApiJsonContext.Wire.ProjectErrorBody);

    public static ApiResponse Serpstat(int httpStatus, string? id, int code, string message) =>
        ApiResponse.Json(
            httpStatus,
            new SerpstatErrorBody(id, new SerpstatError(code, message, new SerpstatErrorData())),
            ApiJsonContext.Wire.SerpstatErrorBody);

    /// <summary>Serpstat's HTTP-level refusals carry no request id.</summary>
    public static ApiResponse SerpstatHttp(int status, string message) =>
        ApiResponse.Json(status, new SerpstatBareErrorBody(new SerpstatError(status, message, Data: null)), ApiJsonContext.Wire.SerpstatBareErrorBody);

    public static ApiResponse SerpstatRateLimited() => SerpstatHttp(429, "Too many requests");

    /// <summary>What a <see cref="FaultKind.Status"/> fault answers: the body that API gives for that status.</summary>
    public static ApiResponse ForStatusFault(EmulatedApi api, int status) => api switch
    {
        EmulatedApi.Data => status switch
        {
            429 => DataRateLimited(),
            403 => Data(status, LicenseExpired),
            404 => Data(status, NotFound),
            >= 500 => Data(status, UnexpectedError),
            _ => Data(status, ReasonOf(status)),
        },
        EmulatedApi.Project => Project(status, status == 429 ? "Too many requests" : ReasonOf(status)),
        _ => status == 429 ? SerpstatRateLimited() : SerpstatHttp(status, ReasonOf(status)),
    };

    private static string ReasonOf(int status)
    {
        var phrase = ReasonPhrases.GetReasonPhrase(status);
        return string.IsNullOrEmpty(phrase) ? FormattableString.Invariant($"HTTP {status}") : phrase;
    }
}
