using System.Text.Json;
using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests.Support;

/// <summary>
/// A fake model that answers summary requests with a valid English summary quoting the article it was sent;
/// <see cref="Fault"/> (when set) may replace any answer with a failure, and <see cref="Override"/> with anything.
/// </summary>
public sealed class ArticleModel
{
    public const string Headline = "Officials meet in Seoul to discuss regional security and cooperation";

    public Func<FakeChatRequest, FakeChatReply?>? Fault { get; set; }

    public Func<FakeChatRequest, FakeChatReply?>? Override { get; set; }

    public Task<FakeChatReply> RespondAsync(FakeChatRequest request, CancellationToken cancellationToken)
    {
        if (Fault?.Invoke(request) is { } fault)
        {
            return Task.FromResult(fault);
        }

        if (Override?.Invoke(request) is { } other)
        {
            return Task.FromResult(other);
        }

        var article = ArticleIn(request.LastUserMessage);
        return Task.FromResult(request.ResponseFormat?.SchemaName switch
        {
            "article_summary" => FakeChatReply.Text(Summary(Headline, FirstWords(article))),
            "article_answer" => FakeChatReply.Text(JsonSerializer.Serialize(new
            {
                found = true,
                answer = "The officials discussed security cooperation and deterrence.",
                quotes = new[] { FirstWords(article) },
            })),
            _ => FakeChatReply.Text("The full English translation of the article, as the model wrote it."),
        });
    }

    /// <summary>A summary document in the schema the bot asks for.</summary>
    public static string Summary(string headline, string evidence, string? summary = null, string claim = "The article opens with this statement.") =>
        JsonSerializer.Serialize(new
        {
            headline,
            summary = summary ?? "The United States and South Korea discussed security in the region and their concern about military cooperation between North Korea and Russia, according to the article.",
            claims = new object[] { new { text = claim, speaker = "the outlet", kind = "statement", evidence } },
            sourceLanguage = "ar",
        });

    /// <summary>The text between the two delimiter lines of the user message.</summary>
    public static string ArticleIn(string userMessage)
    {
        var start = userMessage.IndexOf("ARTICLE START\n", StringComparison.Ordinal);
        var end = userMessage.IndexOf("ARTICLE END", StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            return "";
        }

        var body = userMessage[(start + "ARTICLE START\n".Length)..end];
        return body[..Math.Max(0, body.LastIndexOf('\n'))];
    }

    public static string FirstWords(string article)
    {
        var line = article.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10));
    }
}
