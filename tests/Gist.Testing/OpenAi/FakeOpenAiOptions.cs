namespace Gist.Testing.OpenAi;

/// <summary>How a <see cref="FakeOpenAiServer"/> starts; both settings can be changed while it runs.</summary>
public sealed record FakeOpenAiOptions
{
    /// <summary>Decides each chat completion; null answers with <see cref="FakeOpenAiServer.DefaultReply"/>.</summary>
    public Func<FakeChatRequest, CancellationToken, Task<FakeChatReply>>? Responder { get; init; }

    /// <summary>Fixed time every chat completion takes before the responder's reply is written.</summary>
    public TimeSpan Latency { get; init; }
}
