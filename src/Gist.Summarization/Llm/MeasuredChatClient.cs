using System.ClientModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Gist.Core.Telemetry;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Llm;

/// <summary>
/// Counts each request sent to one model deployment by outcome, and times it (gist.model.calls and
/// gist.model.duration on /metrics). It sits next to the provider's client, so each retry and each move to another
/// deployment is one request of the deployment that got it.
/// </summary>
public sealed class MeasuredChatClient(IChatClient inner, string deployment) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken);
            Record(started, "ok");
            return response;
        }
        catch (Exception ex)
        {
            Record(started, OutcomeOf(ex));
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Counted when the stream opens; a stream that breaks later is the caller's to see.
        Record(Stopwatch.GetTimestamp(), "stream");
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            yield return update;
        }
    }

    private void Record(long started, string outcome)
    {
        var tags = new TagList { { "deployment", deployment }, { "outcome", outcome } };
        GistMetrics.ModelCalls.Add(1, tags);
        GistMetrics.ModelDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    private static string OutcomeOf(Exception ex) => ex switch
    {
        ClientResultException { Status: 429 } => "429",
        ClientResultException { Status: >= 500 } => "5xx",
        ClientResultException { Status: 0 } => "unreachable",
        ClientResultException => "4xx",
        OperationCanceledException or TimeoutException => "timeout",
        _ => "error",
    };
}
