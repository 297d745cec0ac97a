using System;
using System.Globalization;
using SeRanking.Engine.Keys;

namespace SeRanking.Engine.Errors;

/// <summary>
/// The one place that decides which failure an answer is. Sources disagree on status codes
/// (insufficient funds is 400 in the seed and 403 elsewhere; SE Ranking reports a bad key as
/// 400; Serpstat answers most errors with HTTP 200), so the API's own words decide where
/// they are known, and the status only where they are not.
/// </summary>
internal static class ErrorClassifier
{
    internal const int TargetTooLargeStatus = 244;

    /// <summary>Serpstat's application error codes (error.code in an HTTP 200 answer), §3 of the reference.</summary>
    private const string SerpstatCreditsExhausted = "32012";
    private const string SerpstatNoDataForDomain = "32015";
    private const string SerpstatDomainTooLarge = "32016";
    private const string SerpstatDataNotFound = "32017";
    private const string SerpstatWrongDatabase = "32018";
    private const string SerpstatNotSupported = "32116";
    private const string SerpstatFilterError = "32117";
    private const string JsonRpcMethodNotFound = "-32601";
    private const string JsonRpcInvalidParams = "-32602";

    internal const string NoDataAdvice = "Nothing to read: the result is empty (Serpstat bills 1 line for it).";

    /// <param name="answeredWithHtml">An HTML page where JSON was due: something other than the API answered.</param>
    internal static ApiException FromAnswer(ApiFailure failure, ApiKey key, bool answeredWithHtml = false)
    {
        var message = failure.ApiMessage ?? string.Empty;
        var status = failure.StatusCode ?? 0;
        var code = failure.ApiErrorCode;

        if (key.Api == ApiKind.Serpstat && FromSerpstat(failure, status, code, message) is { } serpstat)
        {
            return serpstat;
        }

        if (status == TargetTooLargeStatus || code == SerpstatDomainTooLarge)
        {
            return new TargetTooLargeException(failure, "The API does not serve sites this large; ask for a subdomain or a single URL instead.");
        }

        if (Mentions(message, "insufficient funds") || Mentions(message, "not enough credits") || Mentions(message, "credits exhausted")
            || code == SerpstatCreditsExhausted || (key.Api == ApiKind.Serpstat && status == 402))
        {
            return new InsufficientFundsException(failure, FundsAdvice(key.Api));
        }

        if (Mentions(message, "license expired") || Mentions(message, "licence expired") || Mentions(message, "subscription required")
            || Mentions(message, "subscription expired"))
        {
            return new LicenseExpiredException(failure, LicenseAdvice(key.Api));
        }

        // "Call rate limit reached" is the 429 body: only a refusal other than the rate's is the plan's.
        if (key.Api == ApiKind.SeRankingProject && status != 429 && Mentions(message, "limit reached"))
        {
            return new PlanLimitReachedException(failure, "The plan's limit (projects, keywords, audit pages or AI prompts) is used up: remove what is no longer needed, or raise the plan's limits in SE Ranking.");
        }

        if (status == 401 || IsAuthenticationMessage(message) || (key.Api == ApiKind.Serpstat && status == 403 && Mentions(message, "token")))
        {
            return new ApiAuthenticationException(failure, AuthenticationAdvice(key));
        }

        if (status == 429)
        {
            var wait = failure.RetryAfter is { } retryAfter
                ? $"The API asked to wait {retryAfter.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s. "
                : string.Empty;
            return new RateLimitedException(
                failure,
                wait + "Lower the request rate for this key (other scripts may share it), or ask the provider for a higher limit.");
        }

        if (status >= 500)
        {
            return new ServerErrorException(failure, "The service failed; try again later.");
        }

        if (answeredWithHtml)
        {
            return new MalformedResponseException(failure, MalformedAdvice);
        }

        return new InvalidRequestException(failure, "Correct the request as the API's message says; nothing was charged for it.");
    }

    /// <summary>
    /// Serpstat's own codes and statuses (§3), where they say more than the status alone: no data
    /// (an empty result, not a failure), the paging ceiling, a wrong database, filter errors and
    /// plan refusals. Null leaves the answer to the rules every API shares.
    /// </summary>
    private static ApiException? FromSerpstat(ApiFailure failure, int status, string? code, string message)
    {
        if (code is SerpstatNoDataForDomain or SerpstatDataNotFound
            || (status == 404 && (Mentions(message, "data not found") || Mentions(message, "no data") || Mentions(message, "empty result"))))
        {
            return new NoDataException(failure, NoDataAdvice);
        }

        if (status == 402 && (Mentions(message, "export") || Mentions(message, "sortable") || Mentions(message, "maximum")))
        {
            return new InvalidRequestException(failure, "Serpstat pages no further than 60,000 rows of a list: use the method's export method for the rest, or narrow the query with filters.");
        }

        if (code == SerpstatWrongDatabase || Mentions(message, "wrong search engine"))
        {
            return new InvalidRequestException(failure, "Use a Serpstat database code such as g_us, g_uk or g_de (Serpstat spells the United Kingdom g_uk, not g_gb); nothing was charged for it.");
        }

        if (code == SerpstatFilterError)
        {
            return new InvalidRequestException(failure, "Correct the filter as the message says: a field, operator or value this method does not allow; nothing was charged for it.");
        }

        if (code == SerpstatNotSupported)
        {
            return new InvalidRequestException(failure, "This method does not support that option; leave it out.");
        }

        if (code == JsonRpcMethodNotFound)
        {
            return new InvalidRequestException(failure, "Serpstat knows no method of that name: names are case-sensitive, such as SerpstatDomainProcedure.getDomainsInfo.");
        }

        if (code == JsonRpcInvalidParams)
        {
            return new InvalidRequestException(failure, "The parameters do not match what the method takes: check their names and types.");
        }

        if (status == 403 && !Mentions(message, "token") && !Mentions(message, "credits")
            && (Mentions(message, "plan") || Mentions(message, "tariff") || Mentions(message, "not available") || Mentions(message, "access")
                || Mentions(message, "permission") || Mentions(message, "not allowed")))
        {
            return new LicenseExpiredException(failure, "Your Serpstat plan does not include this method or database: choose a plan that does, or call another.");
        }

        if (status == 403 && Mentions(message, "blocked"))
        {
            return new ApiAuthenticationException(failure, "The Serpstat account is blocked: ask Serpstat's support why.");
        }

        return null;
    }

    internal const string MalformedAdvice =
        "Try again; if it persists, something other than the API may be answering (a proxy or gateway): check the base URL and proxy settings.";

    private static bool IsAuthenticationMessage(string message) =>
        Mentions(message, "authentication failed") || Mentions(message, "no token") || Mentions(message, "invalid token")
        || Mentions(message, "invalid api key") || Mentions(message, "invalid apikey") || Mentions(message, "unauthorized")
        || Mentions(message, "wrong token") || Mentions(message, "incorrect token");

    private static bool Mentions(string text, string phrase) => text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0;

    private static string AuthenticationAdvice(ApiKey key) => string.Format(CultureInfo.InvariantCulture, ApiProfile.Of(key.Api).AuthenticationAdvice, key);

    private static string FundsAdvice(ApiKind api) => ApiProfile.Of(api).FundsAdvice;

    private static string LicenseAdvice(ApiKind api) => ApiProfile.Of(api).LicenseAdvice;

    internal static string TimeoutAdvice(bool createsPaidWork) => createsPaidWork
        ? "The request may have reached the server and created paid work: look for it (list the tasks, or the projects, engines and keywords it adds) before sending it again; it was not retried for that reason."
        : "Try again later, or allow a longer timeout.";

    internal static string ConnectionAdvice(bool createsPaidWork, bool mayHaveReachedServer) => createsPaidWork && mayHaveReachedServer
        ? "The connection broke after the request was sent, so the server may have acted on it: look for the created task (or project, engine, keywords) before sending it again; it was not retried for that reason."
        : "Check the network, the proxy settings and the base URL.";
}
