using Microsoft.Extensions.AI;

namespace Gist.Evaluation.Caching;

/// <summary>
/// Answers a request from the <see cref="ResponseCache"/> when the same request (<see cref="RequestKey"/>) was
/// answered before, else asks the model and stores the answer. It wraps the whole production client (retries
/// included), so only answers the summarizer really got are stored; failures are not. Each answer is logged with
/// its latency and tokens for the scorer.
/// </summary>
public sealed class ResponseCacheChatClient(IChatClient inner, string model, ResponseCache cache, ModelCallLog log, TimeProvider time)
    : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var key = RequestKey.Of(model, list, options);
        if (cache.Get(key) is { } cached)
        {
            log.Add(new ModelCall(cached.Text, cached.LatencyMs, cached.InputTokens, cached.OutputTokens, FromCache: true));
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, cached.Text))
            {
                ModelId = cached.Model,
                Usage = new UsageDetails { InputTokenCount = cached.InputTokens, OutputTokenCount = cached.OutputTokens },
            };
        }

        var started = time.GetTimestamp();
        var response = await base.GetResponseAsync(list, options, cancellationToken);
        var latency = time.GetElapsedTime(started).TotalMilliseconds;
        var text = response.Text ?? "";
        var entry = new CachedResponse(model, text, Math.Round(latency, 1), response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0, time.GetUtcNow());
        cache.Set(key, entry);
        log.Add(new ModelCall(text, entry.LatencyMs, entry.InputTokens, entry.OutputTokens, FromCache: false));
        return response;
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The summarizer asks for whole answers; streaming is not evaluated.");
}
