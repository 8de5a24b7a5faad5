using Microsoft.AspNetCore.Http;

namespace Gist.Testing.OpenAi;

/// <summary>One chat completion: parse and record the request, count it in flight, wait the fixed latency,
/// ask the responder, then write content, an error, a truncated body, or nothing (a hang).</summary>
internal static class ChatCompletionHandler
{
    public static async Task HandleAsync(HttpContext http, string raw, string? deployment, FakeOpenAiRecord record,
        Func<FakeChatRequest, CancellationToken, Task<FakeChatReply>>? responder, TimeSpan latency, CancellationToken token)
    {
        var now = DateTimeOffset.UtcNow;
        var request = ChatRequestParser.Parse(raw, http.Request, deployment, record.NextSequence(), now);
        record.Add(request);
        using var inFlight = record.EnterFlight();
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, token);
        }

        FakeChatReply reply;
        try
        {
            reply = responder is not null ? await responder(request, token) : FakeOpenAiServer.DefaultReply(request);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            reply = FakeChatReply.Error(500, "The fake responder threw: " + exception.Message, "fake_responder_error");
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay, token);
        }

        if (reply.Kind != FakeChatReplyKind.Content)
        {
            record.CountFault();
        }

        switch (reply.Kind)
        {
            case FakeChatReplyKind.Hang:
                await Task.Delay(Timeout.Infinite, token);
                break;
            case FakeChatReplyKind.Error:
                await OpenAiResponses.WriteErrorAsync(http, reply, token);
                break;
            default:
                await ChatCompletionWriter.WriteAsync(http, request, reply, now.ToUnixTimeSeconds(), token);
                break;
        }
    }
}
