using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Gist.Evaluation.Caching;

/// <summary>
/// The cache key of a request: a SHA-256 of the model, every message (role and text, so the rendered prompts and
/// the article are in it) and the options that shape the answer (response schema, temperature, token limit).
/// A prompt edit changes the rendered text of exactly the requests that use that prompt, so only their entries
/// miss. The one part that differs between identical requests, the random article delimiter
/// (<c>ArticleDelimiter</c>), is replaced by a fixed marker first.
/// </summary>
public static partial class RequestKey
{
    public static string Of(string model, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var text = new StringBuilder();
        text.Append("model\n").Append(model).Append('\n');
        foreach (var message in messages)
        {
            text.Append(message.Role.Value).Append('\n').Append(Delimiter().Replace(message.Text, "<<<ARTICLE>>>")).Append("\n\u241E\n");
        }

        if (options is not null)
        {
            text.Append("temperature ").Append(options.Temperature?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            text.Append("max_output_tokens ").Append(options.MaxOutputTokens).Append('\n');
            if (options.ResponseFormat is ChatResponseFormatJson json)
            {
                text.Append("schema ").Append(json.SchemaName).Append(' ')
                    .Append(json.Schema is { } schema ? JsonSerializer.Serialize(schema) : "").Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [GeneratedRegex("<<<[0-9A-F]{16}>>>")]
    private static partial Regex Delimiter();
}
