using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;

namespace SeRanking.Engine.Transport;

/// <summary>
/// A key and the settings to use it: sends requests through the key's process-wide rate
/// limiter, a shared HttpClient and a Polly pipeline (retry around a per-attempt timeout), and
/// turns every failure into one <see cref="ApiException"/> (<see cref="FailureMapper"/>).
/// Answers come back read in full (<see cref="SendRawAsync"/>) or open for their rows to be
/// streamed (<see cref="OpenAsync"/>); error answers are always read in full.
/// </summary>
public sealed class ApiConnection
{
    private static readonly ResiliencePropertyKey<AttemptState> StateKey = new("SeRanking.AttemptState");
    private static readonly TimeSpan ThrottleWorthMentioning = TimeSpan.FromMilliseconds(20);

    private readonly HttpClient _http;
    private readonly RollingWindowRateLimiter _limiter;
    private readonly ResiliencePipeline<RawResponse> _retry;
    private readonly ResiliencePipeline _attemptTimeout;

    // Paths the sources infer and the API answered 404 (see Operation.WhenPathMissing).
    private readonly ConcurrentDictionary<string, bool> _missingPaths = new(StringComparer.Ordinal);

    // The balance the last answer reported (Serpstat's left_lines); -1 before any did.
    private long _creditsLeft = -1;

    private ApiConnection(ApiKey key, ConnectionOptions options)
    {
        Key = key;
        Options = options;
        BaseUri = options.ResolveBaseUri(key);
        SecondBaseUri = options.ResolveSecondBaseUri(key.Api);
        Failures = new FailureMapper(key, options);
        _http = HttpClientCache.For(key.Api, BaseUri, options);
        _limiter = RateLimiterRegistry.For(key, options);
        _retry = RetryPipelines.Build(options, OnRetry);
        _attemptTimeout = new ResiliencePipelineBuilder().AddTimeout(options.Timeout).Build();
    }

    public ApiKey Key { get; }

    public ApiKind Api => Key.Api;

    public ApiProfile Profile => ApiProfile.Of(Key.Api);

    /// <summary>For a Project API connection, the dialect its key speaks (by the key's shape); null for the other APIs.</summary>
    public ProjectDialect? ProjectDialect => (Key as ProjectApiKey)?.Dialect;

    public ConnectionOptions Options { get; }

    /// <summary>The base URL in use (the real service unless overridden).</summary>
    public Uri BaseUri { get; }

    /// <summary>The API's second endpoint (Serpstat's SERP crawling, §14), or null when it has one only.</summary>
    public Uri? SecondBaseUri { get; }

    /// <summary>
    /// The credits the API said were left on the account in its latest answer through this
    /// connection (Serpstat's <c>left_lines</c>); null before any answer said it.
    /// </summary>
    public long? CreditsLeft => Interlocked.Read(ref _creditsLeft) is var left && left >= 0 ? left : null;

    /// <summary>Requests per window currently enforced for this key in this process.</summary>
    public int RequestsPerWindow => _limiter.Limit;

    internal FailureMapper Failures { get; }

    internal bool IsMissingPath(string path) => _missingPaths.ContainsKey(path);

    internal void RecordCreditsLeft(long? left)
    {
        if (left is { } value && value >= 0)
        {
            Interlocked.Exchange(ref _creditsLeft, value);
        }
    }

    internal void RememberMissingPath(string path) => _missingPaths[path] = true;

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

    /// <summary>Sends a request; returns the successful answer read in full, or throws the matching <see cref="ApiException"/>.</summary>
    internal async Task<CallResult> SendRawAsync(ApiRequest request, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var (response, attempts, elapsed) = await ExecuteAsync(request, trace, keepOpen: false, cancellationToken).ConfigureAwait(false);
        return new CallResult(response, attempts, elapsed);
    }

    /// <summary>
    /// Sends a request whose answer is to be read as it arrives: returns once a successful
    /// answer's headers are in, with its body open (and an idle timeout on every read of it).
    /// Error answers are read in full and thrown as the matching <see cref="ApiException"/>.
    /// </summary>
    internal async Task<OpenAnswer> OpenAsync(ApiRequest request, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var (response, attempts, elapsed) = await ExecuteAsync(request, trace, keepOpen: true, cancellationToken).ConfigureAwait(false);
        var open = response.Open!;
        try
        {
            var body = await open.Content.ReadAsStreamAsync().ConfigureAwait(false);
            return new OpenAnswer(open, new IdleTimeoutStream(body, open, Options.Timeout), response.StatusCode, attempts, elapsed) { ContentType = response.ContentType };
        }
        catch
        {
            open.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reports a streamed answer once its last row is read: its rows, time and credits, the balance
    /// it announced (<paramref name="creditsLeft"/>) and anything else worth saying (<paramref name="note"/>).
    /// </summary>
    internal void ReportStreamed(ApiRequest request, int statusCode, int attempts, int rows, TimeSpan elapsed, long? credits, IApiTrace? trace, long? creditsLeft = null, string? note = null)
    {
        RecordCreditsLeft(creditsLeft);
        Report(request, statusCode, attempts, elapsed, rows, credits, trace, creditsLeft, note);
    }

    internal void ReportCompleted(ApiRequest request, CallResult call, IApiTrace? trace, long? credits) =>
        Report(request, call.Response.StatusCode, call.Attempts, call.Elapsed, null, credits, trace);

    /// <summary>Reports a file answer once it is read to its end (no rows, no credits of its own).</summary>
    internal void ReportDownloaded(ApiRequest request, OpenAnswer answer, TimeSpan elapsed, IApiTrace? trace) =>
        Report(request, answer.StatusCode, answer.Attempts, elapsed, null, null, trace);

    /// <summary>Removes the key from any text that may echo it (API messages, exception texts).</summary>
    internal string? Scrub(string? text) => Failures.Scrub(text);

    private async Task<(RawResponse Response, int Attempts, TimeSpan Elapsed)> ExecuteAsync(
        ApiRequest request, IApiTrace? trace, bool keepOpen, CancellationToken cancellationToken)
    {
        var state = new AttemptState(this, request, trace, keepOpen);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryPipelines.SafetyKey, request.Safety);
        context.Properties.Set(StateKey, state);
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

            throw Failures.FromException(request, state.Attempts, exception);
        }

        var response = outcome.Result!;
        if (!response.IsSuccess)
        {
            response.Open?.Dispose();
            Report(request, response.StatusCode, state.Attempts, elapsed, null, null, trace);
            throw Failures.FromAnswer(request, response.StatusCode, response.Body, response.ContentType, response.RetryAfter, state.Attempts);
        }

        return (response, state.Attempts, elapsed);
    }

    private void Report(ApiRequest request, int statusCode, int attempts, TimeSpan elapsed, int? rows, long? credits, IApiTrace? trace, long? creditsLeft = null, string? note = null)
    {
        if (trace is null)
        {
            return;
        }

        var retries = attempts - 1;
        var message = new StringBuilder()
            .Append(request.Endpoint).Append(" -> ").Append(statusCode.ToString(CultureInfo.InvariantCulture))
            .Append(" in ").Append(elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)).Append(" ms");
        if (retries > 0)
        {
            message.Append(", ").Append(retries.ToString(CultureInfo.InvariantCulture)).Append(retries == 1 ? " retry" : " retries");
        }

        if (rows is { } count)
        {
            message.Append(", ").Append(count.ToString("N0", CultureInfo.InvariantCulture)).Append(count == 1 ? " row" : " rows");
        }

        if (credits is { } spent)
        {
            message.Append(", ").Append(spent.ToString("N0", CultureInfo.InvariantCulture)).Append(spent == 1 ? " credit" : " credits");
        }

        if (creditsLeft is { } left)
        {
            message.Append(", ").Append(left.ToString("N0", CultureInfo.InvariantCulture)).Append(' ').Append(Profile.BalanceName);
        }

        if (request.Target is { Length: > 0 } target)
        {
            message.Append(" (").Append(Scrub(target)).Append(')');
        }

        if (note is { Length: > 0 })
        {
            message.Append(": ").Append(Scrub(note));
        }

        trace.Write(new ApiTraceEvent(ApiTraceKind.Completed, request.Endpoint, message.ToString(), attempts, statusCode, elapsed, null, credits) { CreditsLeft = creditsLeft });
    }

    private void OnRetry(OnRetryArguments<RawResponse> args)
    {
        if (!args.Context.Properties.TryGetValue(StateKey, out var state))
        {
            return;
        }

        args.Outcome.Result?.Open?.Dispose();
        if (state.Trace is { } trace)
        {
            trace.Write(new ApiTraceEvent(
                ApiTraceKind.Retrying,
                state.Request.Endpoint,
                $"{state.Request.Endpoint}: {RetryPipelines.Reason(args.Outcome)}; retry {(args.AttemptNumber + 1).ToString(CultureInfo.InvariantCulture)} of {Options.MaxRetries.ToString(CultureInfo.InvariantCulture)} in {args.RetryDelay.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms.",
                state.Attempts,
                args.Outcome.Result?.StatusCode,
                state.Clock.Elapsed,
                args.RetryDelay,
                null));
        }
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
                    $"Waited {waited.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms for the {Profile.DisplayName} rate limit ({_limiter.Limit} per {Options.RateWindow.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s for this key).",
                    state.Attempts,
                    null,
                    state.Clock.Elapsed,
                    waited,
                    null));
            }

            state.Granted = granted;
            var response = await _attemptTimeout.ExecuteAsync(
                static (s, ct) => s.Connection.SendOnceAsync(s.Request, s.KeepOpen, s.Granted, ct),
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

    private async ValueTask<RawResponse> SendOnceAsync(ApiRequest request, bool keepOpen, long granted, CancellationToken cancellationToken)
    {
        // The request's place in the rate window moves to when it is known to have left: its body
        // written, or, with no body to tell, its answer's headers in (see RollingWindowRateLimiter.Restamp).
        var left = false;
        using var message = RequestMessages.Build(request, BaseUri, Key, () =>
        {
            left = true;
            _limiter.Restamp(granted, Stopwatch.GetTimestamp());
        });
        var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!left)
        {
            _limiter.Restamp(granted, Stopwatch.GetTimestamp());
        }

        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (keepOpen && status is >= 200 and < 300 && status != ErrorClassifier.TargetTooLargeStatus)
        {
            return new RawResponse(status, ReadOnlyMemory<byte>.Empty, contentType, null) { Open = response };
        }

        using (response)
        {
            // A stalled body read must still end when the attempt is cancelled, on every runtime.
            using (cancellationToken.Register(static r => ((HttpResponseMessage)r!).Dispose(), response))
            {
                var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
                return new RawResponse(status, body, contentType, RetryAfterOf(response));
            }
        }
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

    /// <summary>Per-call state shared by the attempts of one call.</summary>
    private sealed class AttemptState(ApiConnection connection, ApiRequest request, IApiTrace? trace, bool keepOpen)
    {
        internal ApiConnection Connection { get; } = connection;

        internal ApiRequest Request { get; } = request;

        internal IApiTrace? Trace { get; } = trace;

        internal bool KeepOpen { get; } = keepOpen;

        internal Stopwatch Clock { get; } = Stopwatch.StartNew();

        internal int Attempts { get; set; }

        /// <summary>When the limiter let the current attempt start.</summary>
        internal long Granted { get; set; }
    }

    /// <summary>A successful transport-level call: its answer, attempts and duration.</summary>
    internal sealed record CallResult(RawResponse Response, int Attempts, TimeSpan Elapsed);
}

/// <summary>A successful answer whose body is still to be read; disposing it closes the connection's response.</summary>
internal sealed class OpenAnswer(HttpResponseMessage response, Stream body, int statusCode, int attempts, TimeSpan elapsed) : IDisposable
{
    public Stream Body { get; } = body;

    public int StatusCode { get; } = statusCode;

    public int Attempts { get; } = attempts;

    /// <summary>Until the headers arrived.</summary>
    public TimeSpan Elapsed { get; } = elapsed;

    public string? ContentType { get; init; }

    public void Dispose()
    {
        Body.Dispose();
        response.Dispose();
    }
}
