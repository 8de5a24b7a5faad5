using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Llm;

/// <summary>Bounds the model calls in flight across all chats (Llm__MaxConcurrency); the rest wait their turn.</summary>
public sealed class ConcurrencyLimitingChatClient(IChatClient inner, int maxConcurrency) : DelegatingChatClient(inner)
{
    private readonly SemaphoreSlim slots = new(maxConcurrency, maxConcurrency);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
            {
                yield return update;
            }
        }
        finally
        {
            slots.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            slots.Dispose();
        }

        base.Dispose(disposing);
    }
}
