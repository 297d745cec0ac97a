using System;
using System.Globalization;
using System.Text;
using Polly.Timeout;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;

namespace SeRanking.Engine.Transport;

/// <summary>
/// Turns what went wrong with a call (an error answer, a transport exception, an unreadable body)
/// into the one <see cref="ApiException"/> a user needs, and keeps the key out of every text it
/// builds: API messages and exception texts may echo it.
/// </summary>
internal sealed class FailureMapper(ApiKey key, ConnectionOptions options)
{
    private const int ProxyAuthenticationRequired = 407;
    private const string ProxyCredentialsAdvice =
        "Connect again with the proxy's user name and password, or with the signed-in Windows account if the proxy accepts it.";

    /// <summary>An error answer (its body read in full).</summary>
    internal ApiException FromAnswer(ApiRequest request, int statusCode, ReadOnlyMemory<byte> body, string? contentType, TimeSpan? retryAfter, int attempts)
    {
        if (statusCode == ProxyAuthenticationRequired)
        {
            // The proxy answered, not the API: nothing reached the server, and the API's error
            // rules (which would call it a bad request) do not apply.
            var refused = Failure(request, attempts) with
            {
                StatusCode = statusCode,
                ApiMessage = options.ProxyCredentials is null && options.Proxy?.Credentials is null
                    ? "the proxy asks for credentials and none were given"
                    : "the proxy refused the credentials it was given",
                MayHaveReachedServer = false,
            };
            return new ApiConnectionException(refused, ProxyCredentialsAdvice);
        }

        var error = ErrorBody.Read(body, contentType);
        var failure = Failure(request, attempts) with
        {
            StatusCode = statusCode,
            ApiMessage = Scrub(error.Message),
            ApiErrorCode = error.Code,
            RetryAfter = retryAfter,
        };
        return ErrorClassifier.FromAnswer(failure, key, error.LooksLikeHtml);
    }

    /// <summary>An error inside a successful HTTP answer (Serpstat's JSON-RPC <c>error</c> member).</summary>
    internal ApiException FromApplicationError(ApiRequest request, int statusCode, int attempts, string? message, string? code)
    {
        var failure = Failure(request, attempts) with
        {
            StatusCode = statusCode,
            ApiMessage = Scrub(message),
            ApiErrorCode = code,
        };
        return ErrorClassifier.FromAnswer(failure, key);
    }

    /// <summary>A transport failure that ended the call: a timeout, a reset, a refused connection.</summary>
    internal ApiException FromException(ApiRequest request, int attempts, Exception exception)
    {
        var paid = request.Safety == RequestSafety.CreatesPaidWork;
        if (exception is TimeoutRejectedException or TimeoutException)
        {
            var failure = Failure(request, attempts) with
            {
                ApiMessage = exception is TimeoutException && exception.Message.Length > 0
                    ? Scrub(exception.Message)
                    : $"no answer within {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
            };
            return new ApiTimeoutException(failure, ErrorClassifier.TimeoutAdvice(paid), SafeInner(exception));
        }

        var neverReached = RetryRules.SurelyNeverReachedServer(exception);
        var connectionFailure = Failure(request, attempts) with
        {
            ApiMessage = Scrub(RetryRules.Describe(exception)),
            MayHaveReachedServer = !neverReached,
        };
        return new ApiConnectionException(connectionFailure, ErrorClassifier.ConnectionAdvice(paid, !neverReached), SafeInner(exception));
    }

    /// <summary>A successful answer whose body is not the JSON expected.</summary>
    internal ApiException Malformed(ApiRequest request, int statusCode, int attempts, string what, Exception? inner = null) =>
        new MalformedResponseException(
            Failure(request, attempts) with { StatusCode = statusCode, ApiMessage = Scrub(what) },
            ErrorClassifier.MalformedAdvice,
            SafeInner(inner));

    /// <summary>Removes the key from any text that may echo it (API messages, exception texts).</summary>
    internal string? Scrub(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var secret = key.Reveal();
        if (text.IndexOf(secret, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        int index;
        while ((index = text.IndexOf(secret, start, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            builder.Append(text, start, index - start).Append(key.Masked);
            start = index + secret.Length;
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    internal ApiFailure Failure(ApiRequest request, int attempts) => new()
    {
        Api = key.Api,
        Endpoint = request.Endpoint,
        Target = Scrub(request.Target),
        Attempts = attempts,
    };

    /// <summary>Keeps an inner exception for diagnosis only when no text in its chain holds the key.</summary>
    private Exception? SafeInner(Exception? inner)
    {
        if (inner is null)
        {
            return null;
        }

        return inner.ToString().IndexOf(key.Reveal(), StringComparison.OrdinalIgnoreCase) >= 0 ? null : inner;
    }
}
