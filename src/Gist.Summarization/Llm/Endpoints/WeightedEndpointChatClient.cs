using System.ClientModel;
using System.Runtime.CompilerServices;
using Gist.Summarization.Llm.Resilience;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Gist.Summarization.Llm.Endpoints;

/// <summary>
/// Spreads chat calls over several deployments of the model by weight (<see cref="WeightedRotation"/>) and moves a
/// call to the next deployment when one answers 429 or 5xx, times out or cannot be reached; a deployment that failed
/// rests (<see cref="EndpointHealth"/>: exactly its Retry-After when it sent one). When every deployment failed or
/// rests, the call fails with <see cref="ModelEndpointsUnavailableException"/>, which the retry layer around this
/// client waits out. A streamed call moves on only before its first update (a stream cannot be replayed half-read).
/// </summary>
public sealed class WeightedEndpointChatClient : IChatClient
{
    private readonly IReadOnlyList<(ModelEndpoint Endpoint, IChatClient Client)> endpoints;
    private readonly EndpointHealth[] health;
    private readonly WeightedRotation rotation;
    private readonly TimeSpan attemptTimeout;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private long lastAllDownLogTicks = DateTimeOffset.MinValue.UtcTicks;

    private static readonly TimeSpan AllDownLogInterval = TimeSpan.FromSeconds(10);

    public WeightedEndpointChatClient(IReadOnlyList<(ModelEndpoint Endpoint, IChatClient Client)> endpoints, TimeSpan attemptTimeout,
        TimeSpan baseCooldown, TimeSpan maxCooldown, ILogger logger, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(endpoints.Count);
        this.endpoints = endpoints;
        this.attemptTimeout = attemptTimeout;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        health = [.. endpoints.Select(_ => new EndpointHealth(baseCooldown, maxCooldown))];
        rotation = new WeightedRotation([.. endpoints.Select(e => e.Endpoint.Weight)]);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var conversation = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var failures = new List<Exception>();
        foreach (var i in Order())
        {
            using var attempt = StartAttempt(cancellationToken);
            try
            {
                var response = await endpoints[i].Client.GetResponseAsync(conversation, options, attempt.Token);
                Succeeded(i);
                return response;
            }
            catch (Exception ex) when (IsEndpointFailure(ex, cancellationToken))
            {
                Failed(i, ex, failures);
            }
        }

        throw AllUnavailable(failures);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var conversation = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var (stream, hasFirst, attempt) = await OpenStreamAsync(conversation, options, cancellationToken);
        using (attempt)
        {
            await using (stream)
            {
                if (!hasFirst)
                {
                    yield break;
                }

                yield return stream.Current;
                while (await stream.MoveNextAsync())
                {
                    yield return stream.Current;
                }
            }
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : endpoints[0].Client.GetService(serviceType, serviceKey);

    public void Dispose()
    {
        foreach (var (_, client) in endpoints)
        {
            client.Dispose();
        }
    }

    private async Task<(IAsyncEnumerator<ChatResponseUpdate> Stream, bool HasFirst, CancellationTokenSource Attempt)> OpenStreamAsync(
        IReadOnlyList<ChatMessage> conversation, ChatOptions? options, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var i in Order())
        {
            var attempt = StartAttempt(cancellationToken);
            var stream = endpoints[i].Client.GetStreamingResponseAsync(conversation, options, attempt.Token).GetAsyncEnumerator(attempt.Token);
            try
            {
                var hasFirst = await stream.MoveNextAsync();

                // The attempt timeout covers the wait for the first update only; the rest streams at its own pace.
                attempt.CancelAfter(Timeout.InfiniteTimeSpan);
                Succeeded(i);
                return (stream, hasFirst, attempt);
            }
            catch (Exception ex) when (IsEndpointFailure(ex, cancellationToken))
            {
                await stream.DisposeAsync();
                attempt.Dispose();
                Failed(i, ex, failures);
            }
        }

        throw AllUnavailable(failures);
    }

    private IReadOnlyList<int> Order()
    {
        var now = time.GetUtcNow();
        return rotation.Order([.. health.Select(h => h.IsAvailable(now))]);
    }

    private CancellationTokenSource StartAttempt(CancellationToken cancellationToken)
    {
        var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(attemptTimeout);
        return attempt;
    }

    private void Succeeded(int i)
    {
        if (health[i].Succeeded())
        {
            logger.LogInformation("Model deployment {Deployment} answers again", endpoints[i].Endpoint.Name);
        }
    }

    private void Failed(int i, Exception ex, List<Exception> failures)
    {
        failures.Add(ex);
        var problem = Describe(ex);
        var rest = health[i].Failed(time.GetUtcNow(), problem, RetryAfterHeader.Of(ex, time));
        logger.LogWarning("Model deployment {Deployment} failed ({Problem}); it rests {Rest} and the call moves on",
            endpoints[i].Endpoint.Name, problem, rest);
    }

    private ModelEndpointsUnavailableException AllUnavailable(List<Exception> failures)
    {
        var now = time.GetUtcNow();
        var soonest = health.Min(h => h.AvailableAt);
        var retryAfter = soonest > now ? soonest - now : (TimeSpan?)null;
        var detail = string.Join(", ", endpoints.Select((e, i) => health[i].AvailableAt > now
            ? $"{e.Endpoint.Name} ({health[i].LastProblem}, back in {Math.Ceiling((health[i].AvailableAt - now).TotalSeconds)} s)"
            : $"{e.Endpoint.Name} (available)"));
        var message = $"All {endpoints.Count} model deployments are unavailable: {detail}.";

        // Once per quiet period at Error: during an outage every call ends here, and one line says it all.
        var last = Interlocked.Read(ref lastAllDownLogTicks);
        if (now.UtcTicks - last >= AllDownLogInterval.Ticks && Interlocked.CompareExchange(ref lastAllDownLogTicks, now.UtcTicks, last) == last)
        {
            logger.LogError("{Message}", message);
        }
        else
        {
            logger.LogDebug("{Message}", message);
        }

        return new ModelEndpointsUnavailableException(message, retryAfter, failures.LastOrDefault());
    }

    /// <summary>
    /// A failure of this deployment rather than of the request: busy, failing, slow or unreachable (the transient
    /// errors), or refusing its key or deployment name (401, 403, 404: a misconfigured region). A 400 would be
    /// refused everywhere, and the caller's own cancellation ends the call.
    /// </summary>
    private static bool IsEndpointFailure(Exception ex, CancellationToken callerToken) =>
        !callerToken.IsCancellationRequested
        && (TransientModelErrors.IsTransient(ex, callerCancelled: false) || ex is ClientResultException { Status: 401 or 403 or 404 });

    private static string Describe(Exception ex) => ex switch
    {
        ClientResultException { Status: 0 } => "unreachable",
        ClientResultException c => $"HTTP {c.Status}",
        OperationCanceledException or TimeoutException => "timed out",
        _ => ex.GetType().Name,
    };
}
