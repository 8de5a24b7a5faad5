using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Llm;

/// <summary>
/// Counts every request handed to the provider's client in the current <see cref="ModelCallMeter"/>. It sits
/// directly around the provider's client, inside the resilience layer, so it sees what is really sent: a call the
/// open circuit breaker rejects, or one cancelled while waiting for a concurrency slot, never reached the model
/// and counts nothing; each retry counts (the quota charges an update once however many requests it took).
/// </summary>
public sealed class MeteringChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Counted before sending: a request that then fails or times out was still made.
        ModelCallMeter.CountRequest();
        return base.GetResponseAsync(messages, options, cancellationToken);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ModelCallMeter.CountRequest();
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            yield return update;
        }
    }
}
