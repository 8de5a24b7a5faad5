using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gist.Testing.OpenAi;

/// <summary>
/// The fake model's hostile mode: a responder for <see cref="FakeOpenAiServer"/> that answers every request in the
/// shape asked for — structured output filled from the request's own JSON schema, plain text otherwise — but with
/// the content of <see cref="Mode"/>. Words that must be the article's own ("evidence", "quotes") are copied from
/// the article in the request, so only the hostile parts can fail the bot's checks. A repair request (one carrying
/// the model's earlier answer) gets the same again unless <see cref="RepairsWhenAsked"/>. Thread-safe.
/// </summary>
public sealed class HostileModel
{
    private volatile bool repairs;
    private int mode;

    public HostileModel(HostileAnswer mode = HostileAnswer.Everything, bool repairsWhenAsked = false)
    {
        Mode = mode;
        RepairsWhenAsked = repairsWhenAsked;
    }

    public HostileAnswer Mode
    {
        get => (HostileAnswer)Volatile.Read(ref mode);
        set => Volatile.Write(ref mode, (int)value);
    }

    /// <summary>Answer a repair request with plain, valid English (the repair path succeeds).</summary>
    public bool RepairsWhenAsked
    {
        get => repairs;
        set => repairs = value;
    }

    public Task<FakeChatReply> RespondAsync(FakeChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var repair = request.Messages.Any(m => m.Role == "assistant");
        var kind = repair && RepairsWhenAsked ? (HostileAnswer?)null : Mode;
        var user = request.Messages.FirstOrDefault(m => m.Role == "user")?.Content ?? "";
        var article = ArticleIn(user);
        var delimiter = user.Split('\n').Select(l => l.Split(' ')[0]).FirstOrDefault(w => w.StartsWith("<<<", StringComparison.Ordinal)) ?? "<<<0123456789ABCDEF>>>";
        var instructions = string.Join(' ', request.SystemPrompt.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(40));

        if (request.ResponseFormat?.Schema is not { } schema)
        {
            var text = kind is { } k ? HostileText.Sized(k, article.Length, delimiter, instructions) : Translation(article.Length);
            return Task.FromResult(FakeChatReply.Text(text));
        }

        string Prose() => kind is { } k ? HostileText.Paragraph(k, delimiter, instructions) : HostileText.Plain;
        var filled = Fill(schema, schema, "", article, Prose);
        return Task.FromResult(FakeChatReply.Text(filled?.ToJsonString() ?? "{}"));
    }

    /// <summary>The text between the delimiter lines of the request (or its whole user message when there are none).</summary>
    public static string ArticleIn(string userMessage)
    {
        ArgumentNullException.ThrowIfNull(userMessage);
        var start = userMessage.IndexOf("START\n", StringComparison.Ordinal);
        var end = userMessage.LastIndexOf(" END", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return userMessage;
        }

        var body = userMessage[(start + "START\n".Length)..end];
        return body[..Math.Max(0, body.LastIndexOf('\n'))];
    }

    /// <summary>The first ten words of the article's first line: words a real quotation would copy.</summary>
    public static string FirstWords(string article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var line = article.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10));
    }

    private static string Translation(int length)
    {
        var text = HostileText.Plain;
        while (text.Length < length)
        {
            text += "\n\n" + HostileText.Plain;
        }

        return text;
    }

    private static JsonNode? Fill(JsonElement schema, JsonElement root, string name, string article, Func<string> prose)
    {
        if (schema.TryGetProperty("$ref", out var reference) && reference.GetString() is "#")
        {
            schema = root;
        }

        var type = TypeOf(schema);
        switch (type)
        {
            case "object":
                var result = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        result[property.Name] = Fill(property.Value, root, property.Name, article, prose);
                    }
                }

                return result;
            case "array":
                var items = schema.TryGetProperty("items", out var itemSchema) ? itemSchema : default;
                return new JsonArray(items.ValueKind == JsonValueKind.Object ? Fill(items, root, name, article, prose) : null);
            case "boolean":
                return true;
            case "integer" or "number":
                return 1;
            default:
                return name.ToLowerInvariant() switch
                {
                    "evidence" or "quotes" => FirstWords(article),
                    "sourcelanguage" => article.Any(c => c is >= '\u0600' and <= '\u06FF') ? "ar" : "en",
                    "kind" => "statement",
                    _ => prose(),
                };
        }
    }

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t is not null and not "null") ?? "string"
            : type.GetString() ?? "string";
    }
}
