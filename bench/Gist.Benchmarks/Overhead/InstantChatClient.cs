using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Gist.Benchmarks.Overhead;

/// <summary>
/// An in-process model that answers at once with what a delegate returns: everything the benchmark times is
/// then the pipeline's own work, none of it the model's. It also keeps the last request it was sent.
/// </summary>
public sealed class InstantChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, string> answer) : IChatClient
{
    public IReadOnlyList<ChatMessage> LastMessages { get; private set; } = [];

    public ChatOptions? LastOptions { get; private set; }

    public int Calls { get; private set; }

    /// <summary>Every request's messages and options, in order (chunks of a long article run in parallel).</summary>
    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        LastMessages = [.. list];
        LastOptions = options;
        lock (Requests)
        {
            Calls++;
            Requests.Add((LastMessages, options));
        }

        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(list, options))));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
