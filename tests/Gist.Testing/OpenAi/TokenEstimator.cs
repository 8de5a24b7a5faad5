namespace Gist.Testing.OpenAi;

/// <summary>Usage figures for the fake's responses: about four characters per token, plus OpenAI's per-message
/// overhead (https://cookbook.openai.com — "How to count tokens": 3 per message, 3 to prime the reply). An estimate,
/// deterministic; benchmarks that need exact counts tokenize <see cref="FakeChatRequest.RawJson"/> themselves.</summary>
public static class TokenEstimator
{
    public static int Count(string text) => (text.Length + 3) / 4;

    public static int CountPrompt(IReadOnlyList<FakeChatMessage> messages) =>
        messages.Sum(m => Count(m.Content) + 3) + 3;
}
