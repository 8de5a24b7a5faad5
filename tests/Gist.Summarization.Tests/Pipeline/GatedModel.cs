using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Tests.Pipeline;

/// <summary>A model that holds every call until <see cref="Open"/>, and answers with a valid summary of the Seoul samples.</summary>
internal sealed class GatedModel : IChatClient
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public bool SawCancellation => cancelled.Task.IsCompleted;

    public void Open() => gate.TrySetResult();

    public Task WaitForCancellationAsync() => cancelled.Task;

    public async Task WaitForCallsAsync(int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (Calls < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} model calls, saw {Calls}.");
            await Task.Delay(10);
        }
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        try
        {
            await gate.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            cancelled.TrySetResult();
            throw;
        }

        var answer = JsonSerializer.Serialize(new
        {
            headline = "Blinken voices concern over North Korea and Russia",
            summary = "Antony Blinken said in Seoul that he shares South Korea's concern about military cooperation between North Korea and Russia, which both deny.",
            claims = Array.Empty<object>(),
            sourceLanguage = "ar",
        });
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The summarizer does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
