using System;
using System.Globalization;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace SeRanking.Engine.Transport;

/// <summary>
/// The Polly retry strategy of a connection: exponential back-off with jitter, Retry-After
/// honoured, and only what <see cref="RetryRules"/> says is safe to repeat for the request.
/// </summary>
internal static class RetryPipelines
{
    internal static readonly ResiliencePropertyKey<RequestSafety> SafetyKey = new("SeRanking.RequestSafety");

    internal static ResiliencePipeline<RawResponse> Build(ConnectionOptions options, Action<OnRetryArguments<RawResponse>> onRetry)
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
                onRetry(args);
                return default;
            },
        }).Build();
    }

    /// <summary>"HTTP 503" or what the transport failure was.</summary>
    internal static string Reason(Outcome<RawResponse> outcome) => outcome.Exception is { } ex
        ? RetryRules.Describe(ex)
        : "HTTP " + outcome.Result!.StatusCode.ToString(CultureInfo.InvariantCulture);
}
