using Microsoft.Extensions.AI;

namespace Gist.ReliabilityTests.Support;

/// <summary>An in-memory chat model: each request is answered (or failed) by <see cref="Respond"/>.</summary>
public sealed class ScriptedChatClient(Func<CancellationToken, Task<ChatResponse>> respond) : IChatClient
{
    public Func<CancellationToken, Task<ChatResponse>> Respond { get; } = respond;

    public static ScriptedChatClient Answering(string text) =>
        new(_ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))));

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Respond(cancellationToken);

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await Respond(cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
