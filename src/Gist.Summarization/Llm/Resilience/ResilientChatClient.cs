using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Gist.Summarization.Llm.Resilience;

/// <summary>
/// The one resilience layer in front of the model (the SDK's own retries are switched off, so they never stack):
/// an overall deadline, then retries with exponential backoff and jitter that honour Retry-After and Azure's
/// retry-after-ms, then a circuit breaker, then a per-attempt timeout. What still fails reaches the summarizer,
/// which answers offline. Streaming calls pass through unretried (a stream cannot be replayed half-read).
/// </summary>
public sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline pipeline;

    public ResilientChatClient(IChatClient inner, ModelResilienceOptions options, TimeSpan defaultAttemptTimeout, ILogger logger, TimeProvider? time = null)
        : base(inner)
    {
        time ??= TimeProvider.System;
        var maxDelay = TimeSpan.FromSeconds(options.MaxDelaySeconds);
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(TimeSpan.FromSeconds(options.OverallTimeoutSeconds))
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(options.BaseDelaySeconds),
                MaxDelay = maxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetries > 0
                    && args.Outcome.Exception is { } ex
                    && TransientModelErrors.IsTransient(ex, args.Context.CancellationToken.IsCancellationRequested)
                    && !(RetryAfterHeader.Of(ex, time) > maxDelay)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterHeader.Of(args.Outcome.Exception, time)),
                OnRetry = args =>
                {
                    logger.LogWarning("Model call failed ({Error}); retry {Attempt} in {Delay}",
                        Describe(args.Outcome.Exception), args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(options.CircuitSamplingSeconds),
                BreakDuration = TimeSpan.FromSeconds(options.CircuitBreakSeconds),
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } ex && TransientModelErrors.IsTransient(ex, args.Context.CancellationToken.IsCancellationRequested)),
                OnOpened = args =>
                {
                    logger.LogError("Model circuit opened for {Break}: too many failed calls", args.BreakDuration);
                    return default;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Model circuit closed: calls succeed again");
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeoutSeconds is { } attempt ? TimeSpan.FromSeconds(attempt) : defaultAttemptTimeout)
            .Build();
    }

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Materialized once: every attempt sends the same conversation.
        var conversation = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        return pipeline.ExecuteAsync(
            static (state, token) => new ValueTask<ChatResponse>(state.Inner.GetResponseAsync(state.Conversation, state.Options, token)),
            (Inner: InnerClient, Conversation: conversation, Options: options),
            cancellationToken).AsTask();
    }

    // The exception's type and status only: provider error bodies can echo request details.
    private static string Describe(Exception? exception) => exception switch
    {
        System.ClientModel.ClientResultException c => $"HTTP {c.Status}",
        TimeoutRejectedException => "attempt timed out",
        null => "no result",
        _ => exception.GetType().Name,
    };
}
