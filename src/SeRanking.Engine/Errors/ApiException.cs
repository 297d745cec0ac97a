using System;
using System.Globalization;
using System.Text;

namespace SeRanking.Engine.Errors;

/// <summary>
/// A failed call to one of the APIs. Each subclass is a failure a user must tell apart;
/// every one carries the status, the API's own message, the endpoint (method and path,
/// never the query, which may hold a key) and the target the call was about.
/// </summary>
public abstract class ApiException : Exception
{
    private protected ApiException(ApiFailure failure, string summary, string advice, Exception? inner)
        : base(Compose(failure, summary, advice), inner)
    {
        Failure = failure;
        Advice = advice;
    }

    /// <summary>The facts of the failure, as data.</summary>
    public ApiFailure Failure { get; }

    public ApiKind Api => Failure.Api;

    /// <summary>HTTP status, or null when no answer arrived.</summary>
    public int? StatusCode => Failure.StatusCode;

    /// <summary>The API's own words, from its error body.</summary>
    public string? ApiMessage => Failure.ApiMessage;

    /// <summary>An API-specific error code (Serpstat's error.code), when given.</summary>
    public string? ApiErrorCode => Failure.ApiErrorCode;

    /// <summary>Method and path, e.g. "POST /v1/backlinks/summary"; never carries a key.</summary>
    public string Endpoint => Failure.Endpoint;

    /// <summary>The target, domain, query or task the call was about.</summary>
    public string? Target => Failure.Target;

    /// <summary>How many attempts were made (retries included).</summary>
    public int Attempts => Failure.Attempts;

    /// <summary>What the user can do about it.</summary>
    public string Advice { get; }

    /// <summary>
    /// True when the failure concerns the key, the account or its money and so every further call
    /// with the same key will fail the same way: a command should stop rather than go on.
    /// </summary>
    public virtual bool StopsTheCommand => false;

    /// <summary>The same failure told about one target of a batch call that failed as a whole.</summary>
    public ApiException ForTarget(string target) => With(Failure with { Target = target });

    /// <summary>The same failure, saying how many rows a stream had handed out before it (the rows before it are good).</summary>
    public ApiException AfterRows(long rows) => rows > 0 && Failure.RowsBefore is null ? With(Failure with { RowsBefore = rows }) : this;

    /// <summary>Rows a stream handed out before this failure ended it; null when it ended no stream.</summary>
    public long? RowsBefore => Failure.RowsBefore;

    private protected abstract ApiException With(ApiFailure failure);

    /// <summary>True when the request may have been acted on by the server (paid work may exist).</summary>
    public bool MayHaveReachedServer => Failure.MayHaveReachedServer;

    private static string Compose(ApiFailure failure, string summary, string advice)
    {
        var text = new StringBuilder(summary);
        if (failure.Target is { Length: > 0 } target)
        {
            text.Append(" for '").Append(target).Append('\'');
        }

        text.Append(" (").Append(failure.Api.DisplayName()).Append(", ").Append(failure.Endpoint);
        if (failure.StatusCode is { } status)
        {
            text.Append(", HTTP ").Append(status.ToString(CultureInfo.InvariantCulture));
        }

        if (failure.Attempts > 1)
        {
            text.Append(", ").Append(failure.Attempts.ToString(CultureInfo.InvariantCulture)).Append(" attempts");
        }

        text.Append(')');
        if (failure.RowsBefore is { } rows)
        {
            text.Append(" after ").Append(rows.ToString("N0", CultureInfo.InvariantCulture)).Append(rows == 1 ? " row" : " rows");
        }
        if (failure.ApiMessage is { Length: > 0 } apiMessage)
        {
            text.Append(": ").Append(apiMessage.TrimEnd('.')).Append('.');
        }
        else
        {
            text.Append('.');
        }

        if (advice.Length > 0)
        {
            text.Append(' ').Append(advice);
        }

        return text.ToString();
    }
}

/// <summary>The facts of one failed call.</summary>
public sealed record ApiFailure
{
    public required ApiKind Api { get; init; }

    public required string Endpoint { get; init; }

    public int? StatusCode { get; init; }

    public string? ApiMessage { get; init; }

    public string? ApiErrorCode { get; init; }

    public string? Target { get; init; }

    public int Attempts { get; init; } = 1;

    public bool MayHaveReachedServer { get; init; } = true;

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Rows a stream had handed out before the failure; the stream ends here, those rows are good.</summary>
    public long? RowsBefore { get; init; }
}

/// <summary>The key was refused (missing, wrong, disabled, or a key of another API).</summary>
public sealed class ApiAuthenticationException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The API refused the key", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new ApiAuthenticationException(failure, Advice, InnerException);

    public override bool StopsTheCommand => true;
}

/// <summary>The account has no credits left for this call.</summary>
public sealed class InsufficientFundsException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "Insufficient funds", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new InsufficientFundsException(failure, Advice, InnerException);

    public override bool StopsTheCommand => true;
}

/// <summary>The licence or subscription has expired, or the plan does not include this API.</summary>
public sealed class LicenseExpiredException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The licence has expired or the plan does not allow this call", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new LicenseExpiredException(failure, Advice, InnerException);

    public override bool StopsTheCommand => true;
}

/// <summary>
/// A plan limit is used up (Project API <c>403 Limit reached</c>): projects, keywords, audit
/// pages or AI prompts; every further call that adds one fails the same way.
/// </summary>
public sealed class PlanLimitReachedException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "A limit of the plan is reached", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new PlanLimitReachedException(failure, Advice, InnerException);

    public override bool StopsTheCommand => true;
}

/// <summary>The API kept answering 429 after every retry allowed.</summary>
public sealed class RateLimitedException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The API's rate limit was still exceeded after retrying", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new RateLimitedException(failure, Advice, InnerException);

    /// <summary>The wait the API asked for, when it said.</summary>
    public TimeSpan? RetryAfter => Failure.RetryAfter;
}

/// <summary>The API refused the request itself (bad parameter, unknown source, not found…).</summary>
public sealed class InvalidRequestException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The API refused the request", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new InvalidRequestException(failure, Advice, InnerException);
}

/// <summary>
/// The API has no data for the request (Serpstat's errors 32015 and 32017, billed 1 credit since
/// 2025-06-15). The machinery turns it into an empty result, told in -Verbose; it reaches a caller
/// only where an empty result cannot be expressed (a call that must answer one object).
/// </summary>
public sealed class NoDataException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The API has no data for this request", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new NoDataException(failure, Advice, InnerException);
}

/// <summary>HTTP 244: the site is too large for the API (google.com, twitter.com…).</summary>
public sealed class TargetTooLargeException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The site is too large for the API", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new TargetTooLargeException(failure, Advice, InnerException);
}

/// <summary>The API failed (5xx) on every attempt allowed.</summary>
public sealed class ServerErrorException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The API answered with a server error", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new ServerErrorException(failure, Advice, InnerException);
}

/// <summary>The answer was not the JSON expected: an HTML page, a cut-off body, or another shape.</summary>
public sealed class MalformedResponseException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The API's answer could not be read", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new MalformedResponseException(failure, Advice, InnerException);
}

/// <summary>No answer arrived within the timeout, on every attempt allowed.</summary>
public sealed class ApiTimeoutException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The API did not answer in time", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new ApiTimeoutException(failure, Advice, InnerException);
}

/// <summary>The connection failed (refused, reset, name not resolved, TLS or proxy failure).</summary>
public sealed class ApiConnectionException(ApiFailure failure, string advice, Exception? inner = null)
    : ApiException(failure, "The connection to the API failed", advice, inner)
{
    private protected override ApiException With(ApiFailure failure) => new ApiConnectionException(failure, Advice, InnerException);
}
