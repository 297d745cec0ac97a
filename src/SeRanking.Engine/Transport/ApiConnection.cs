using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;

namespace SeRanking.Engine.Transport;

/// <summary>
/// A key and the settings to use it: sends requests through the key's process-wide rate
/// limiter, a shared HttpClient and a Polly pipeline (retry around a per-attempt timeout),
/// and turns every failure into one <see cref="ApiException"/>.
/// </summary>
public sealed class ApiConnection
{
    private static readonly ResiliencePropertyKey<RequestSafety> SafetyKey = new("SeRanking.RequestSafety");
    private static readonly ResiliencePropertyKey<AttemptState> TraceKey = new("SeRanking.AttemptState");
    private static readonly TimeSpan ThrottleWorthMentioning = TimeSpan.FromMilliseconds(20);
    private const int ProxyAuthenticationRequired = 407;
    private const string ProxyCredentialsAdvice =
        "Connect again with the proxy's user name and password, or with the signed-in Windows account if the proxy accepts it.";

    private readonly HttpClient _http;
    private readonly RollingWindowRateLimiter _limiter;
    private readonly ResiliencePipeline<RawResponse> _retry;
    private readonly ResiliencePipeline _attemptTimeout;

    private ApiConnection(ApiKey key, ConnectionOptions options)
    {
        Key = key;
        Options = options;
        BaseUri = options.ResolveBaseUri(key.Api);
        _http = HttpClientCache.For(key.Api, BaseUri, options);
        _limiter = RateLimiterRegistry.For(key, options);
        _retry = BuildRetryPipeline(options);
        _attemptTimeout = new ResiliencePipelineBuilder().AddTimeout(options.Timeout).Build();
    }

    public ApiKey Key { get; }

    public ApiKind Api => Key.Api;

    public ConnectionOptions Options { get; }

    /// <summary>The base URL in use (the real service unless overridden).</summary>
    public Uri BaseUri { get; }

    /// <summary>Requests per window currently enforced for this key in this process.</summary>
    public int RequestsPerWindow => _limiter.Limit;

    /// <summary>Creates a connection; validates the options (the key was validated when parsed).</summary>
    public static ApiConnection Create(ApiKey key, ConnectionOptions? options = null)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        options ??= new ConnectionOptions();
        options.Validate();
        return new ApiConnection(key, options);
    }

    /// <summary>Sends a request and parses a successful answer, reporting the call's credits.</summary>
    internal async Task<T> SendAsync<T>(
        ApiRequest request,
        JsonTypeInfo<T> typeInfo,
        IApiTrace? trace,
        Func<T, long>? creditsCharged,
        CancellationToken cancellationToken)
    {
        var call = await SendRawAsync(request, trace, cancellationToken).ConfigureAwait(false);
        var value = Parse(request, call, typeInfo);
        var credits = creditsCharged?.Invoke(value);
        ReportCompleted(request, call, trace, credits);
        return value;
    }

    /// <summary>Sends a request; returns the successful answer or throws the matching <see cref="ApiException"/>.</summary>
    internal async Task<CallResult> SendRawAsync(ApiRequest request, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var state = new AttemptState(this, request, trace);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(SafetyKey, request.Safety);
        context.Properties.Set(TraceKey, state);
        Outcome<RawResponse> outcome;
        try
        {
            outcome = await _retry.ExecuteOutcomeAsync(
                static (ctx, s) => s.Connection.AttemptAsync(ctx, s),
                context,
                state).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        var elapsed = state.Clock.Elapsed;
        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException("The call was cancelled.", exception, cancellationToken);
            }

            throw FromException(request, state.Attempts, exception);
        }

        var response = outcome.Result!;
        var call = new CallResult(response, state.Attempts, elapsed);
        if (!response.IsSuccess)
        {
            ReportCompleted(request, call, trace, credits: null);
            throw FromAnswer(request, call);
        }

        return call;
    }

    internal T Parse<T>(ApiRequest request, CallResult call, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            var value = JsonSerializer.Deserialize(call.Response.Body.Span, typeInfo);
            return value ?? throw Malformed(request, call, "the body was JSON null");
        }
        catch (JsonException ex)
        {
            var body = ErrorBody.Read(call.Response.Body, call.Response.ContentType);
            var what = body.LooksLikeHtml
                ? "an HTML page came back instead of JSON"
                : body.IsJson
                    ? $"the JSON did not have the expected shape ({ex.Path ?? "$"}: {FirstSentence(ex.Message)})"
                    : $"the body is not valid JSON or was cut off after {ErrorBody.Bytes(call.Response.Body.Length)}";
            throw Malformed(request, call, what + ": " + ErrorBody.Excerpt(call.Response.Body.Span), ex);
        }
    }

    internal void ReportCompleted(ApiRequest request, CallResult call, IApiTrace? trace, long? credits)
    {
        if (trace is null)
        {
            return;
        }

        var retries = call.Attempts - 1;
        var message = new StringBuilder()
            .Append(request.Endpoint).Append(" -> ").Append(call.Response.StatusCode.ToString(CultureInfo.InvariantCulture))
            .Append(" in ").Append(call.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)).Append(" ms");
        if (retries > 0)
        {
            message.Append(", ").Append(retries.ToString(CultureInfo.InvariantCulture)).Append(retries == 1 ? " retry" : " retries");
        }

        if (credits is { } spent)
        {
            message.Append(", ").Append(spent.ToString("N0", CultureInfo.InvariantCulture)).Append(" credits");
        }

        if (request.Target is { Length: > 0 } target)
        {
            message.Append(" (").Append(Scrub(target)).Append(')');
        }

        trace.Write(new ApiTraceEvent(
            ApiTraceKind.Completed, request.Endpoint, message.ToString(), call.Attempts, call.Response.StatusCode, call.Elapsed, null, credits));
    }

    internal ApiException Malformed(ApiRequest request, CallResult? call, string what, Exception? inner = null) =>
        new MalformedResponseException(
            Failure(request, call?.Attempts ?? 1) with { StatusCode = call?.Response.StatusCode ?? 200, ApiMessage = Scrub(what) },
            ErrorClassifier.MalformedAdvice,
            SafeInner(inner));

    /// <summary>An error answer inside a successful HTTP status (Serpstat's JSON-RPC errors).</summary>
    internal ApiException FromApplicationError(ApiRequest request, CallResult call, string? message, string? code)
    {
        var failure = Failure(request, call.Attempts) with
        {
            StatusCode = call.Response.StatusCode,
            ApiMessage = Scrub(message),
            ApiErrorCode = code,
        };
        return ErrorClassifier.FromAnswer(failure, Key);
    }

    /// <summary>Removes the key from any text that may echo it (API messages, exception texts).</summary>
    internal string? Scrub(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var secret = Key.Reveal();
        return text.IndexOf(secret, StringComparison.OrdinalIgnoreCase) >= 0
            ? ReplaceIgnoreCase(text, secret, Key.Masked)
            : text;
    }

    private static string ReplaceIgnoreCase(string text, string secret, string replacement)
    {
        var builder = new StringBuilder(text.Length);
        var start = 0;
        int index;
        while ((index = text.IndexOf(secret, start, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            builder.Append(text, start, index - start).Append(replacement);
            start = index + secret.Length;
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    private async ValueTask<Outcome<RawResponse>> AttemptAsync(ResilienceContext context, AttemptState state)
    {
        state.Attempts++;
        try
        {
            var asked = Stopwatch.GetTimestamp();
            var granted = await _limiter.WaitTurnAsync(context.CancellationToken).ConfigureAwait(false);
            var waited = TimeSpan.FromSeconds((double)(granted - asked) / Stopwatch.Frequency);
            if (waited >= ThrottleWorthMentioning && state.Trace is { } trace)
            {
                trace.Write(new ApiTraceEvent(
                    ApiTraceKind.Throttled,
                    state.Request.Endpoint,
                    $"Waited {waited.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms for the {Api.DisplayName()} rate limit ({_limiter.Limit} per {Options.RateWindow.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s for this key).",
                    state.Attempts,
                    null,
                    state.Clock.Elapsed,
                    waited,
                    null));
            }

            var response = await _attemptTimeout.ExecuteAsync(
                static (s, ct) => s.Connection.SendOnceAsync(s.Request, ct),
                state,
                context.CancellationToken).ConfigureAwait(false);
            return Outcome.FromResult(response);
        }
#pragma warning disable CA1031 // Every failure becomes an outcome for the retry strategy to judge.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Outcome.FromException<RawResponse>(ex);
        }
    }

    private async ValueTask<RawResponse> SendOnceAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var message = BuildMessage(request);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);

        // A stalled body read must still end when the attempt is cancelled, on every runtime.
        using (cancellationToken.Register(static r => ((HttpResponseMessage)r!).Dispose(), response))
        {
            var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return new RawResponse((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, RetryAfterOf(response));
        }
    }

    private HttpRequestMessage BuildMessage(ApiRequest request)
    {
        var uri = new StringBuilder(BaseUri.AbsoluteUri);
        uri.Append(request.Path);
        var separator = BaseUri.Query.Length > 0 ? '&' : '?';
        foreach (var pair in request.Query)
        {
            uri.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
            separator = '&';
        }

        if (Api == ApiKind.Serpstat)
        {
            // Serpstat takes its token only as a query parameter; it never leaves this method in text.
            uri.Append(separator).Append("token=").Append(Uri.EscapeDataString(Key.Reveal()));
        }

        var message = new HttpRequestMessage(request.Method, new Uri(uri.ToString()));
        if (Api != ApiKind.Serpstat)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Token", Key.Reveal());
        }

        if (request.JsonBody is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return message;
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var expected = content.Headers.ContentLength;
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
        using var buffer = new MemoryStream(expected is > 0 and < int.MaxValue ? (int)expected.Value : 4096);
        await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static ResiliencePipeline<RawResponse> BuildRetryPipeline(ConnectionOptions options)
    {
        var builder = new ResiliencePipelineBuilder<RawResponse>();
        if (options.MaxRetries == 0)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions<RawResponse>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            ShouldHandle = args => new ValueTask<bool>(
                RetryRules.ShouldRetry(args.Outcome, args.Context.Properties.GetValue(SafetyKey, RequestSafety.Read), options)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result?.RetryAfter),
            OnRetry = args =>
            {
                if (args.Context.Properties.TryGetValue(TraceKey, out var state) && state.Trace is { } trace)
                {
                    var reason = args.Outcome.Exception is { } ex
                        ? RetryRules.Describe(ex)
                        : "HTTP " + args.Outcome.Result!.StatusCode.ToString(CultureInfo.InvariantCulture);
                    trace.Write(new ApiTraceEvent(
                        ApiTraceKind.Retrying,
                        state.Request.Endpoint,
                        $"{state.Request.Endpoint}: {reason}; retry {(args.AttemptNumber + 1).ToString(CultureInfo.InvariantCulture)} of {options.MaxRetries.ToString(CultureInfo.InvariantCulture)} in {args.RetryDelay.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms.",
                        state.Attempts,
                        args.Outcome.Result?.StatusCode,
                        state.Clock.Elapsed,
                        args.RetryDelay,
                        null));
                }

                return default;
            },
        }).Build();
    }

    private ApiException FromAnswer(ApiRequest request, CallResult call)
    {
        if (call.Response.StatusCode == ProxyAuthenticationRequired)
        {
            // The proxy answered, not the API: nothing reached the server, and the API's error
            // rules (which would call it a bad request) do not apply.
            var refused = Failure(request, call.Attempts) with
            {
                StatusCode = call.Response.StatusCode,
                ApiMessage = Options.ProxyCredentials is null && Options.Proxy?.Credentials is null
                    ? "the proxy asks for credentials and none were given"
                    : "the proxy refused the credentials it was given",
                MayHaveReachedServer = false,
            };
            return new ApiConnectionException(refused, ProxyCredentialsAdvice);
        }

        var body = ErrorBody.Read(call.Response.Body, call.Response.ContentType);
        var failure = Failure(request, call.Attempts) with
        {
            StatusCode = call.Response.StatusCode,
            ApiMessage = Scrub(body.Message),
            ApiErrorCode = body.Code,
            RetryAfter = call.Response.RetryAfter,
        };
        return ErrorClassifier.FromAnswer(failure, Key, body.LooksLikeHtml);
    }

    private ApiException FromException(ApiRequest request, int attempts, Exception exception)
    {
        var paid = request.Safety == RequestSafety.CreatesPaidWork;
        if (exception is TimeoutRejectedException)
        {
            var failure = Failure(request, attempts) with
            {
                ApiMessage = $"no answer within {Options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
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

    private ApiFailure Failure(ApiRequest request, int attempts) => new()
    {
        Api = Api,
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

        var secret = Key.Reveal();
        return inner.ToString().IndexOf(secret, StringComparison.OrdinalIgnoreCase) >= 0 ? null : inner;
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text.Substring(0, end) : text.TrimEnd('.');
    }

    /// <summary>Per-call state shared by the attempts of one call.</summary>
    private sealed class AttemptState(ApiConnection connection, ApiRequest request, IApiTrace? trace)
    {
        internal ApiConnection Connection { get; } = connection;

        internal ApiRequest Request { get; } = request;

        internal IApiTrace? Trace { get; } = trace;

        internal Stopwatch Clock { get; } = Stopwatch.StartNew();

        internal int Attempts { get; set; }
    }

    /// <summary>A successful transport-level call: its answer, attempts and duration.</summary>
    internal sealed record CallResult(RawResponse Response, int Attempts, TimeSpan Elapsed);
}
