using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace Gist.Benchmarks.Tokens;

/// <summary>
/// Counts what one chat request costs in prompt tokens with the model family's own tokenizer: each message's
/// content plus the chat format's framing (about 3 tokens a message and 3 to prime the reply, as OpenAI documents
/// for its chat models) plus the JSON schema sent as response_format, which the API also counts.
/// </summary>
public sealed class PromptTokens(Tokenizer tokenizer)
{
    private const int PerMessage = 3;
    private const int ReplyPriming = 3;

    public static PromptTokens ForModel(string model) => new(TiktokenTokenizer.CreateForModel(model));

    public int Count(string text) => tokenizer.CountTokens(text);

    public int Count(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var total = ReplyPriming + messages.Sum(m => PerMessage + Count(m.Text));
        if (options?.ResponseFormat is ChatResponseFormatJson { Schema: { } schema })
        {
            total += Count(JsonSerializer.Serialize(schema));
        }

        return total;
    }
}
