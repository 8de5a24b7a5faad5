using System.Text.Json;
using Gist.Testing.OpenAi;

namespace Gist.IntegrationTests.Support;

/// <summary>
/// What the fake model server answers: for a summary request it quotes real sentences of the article it was
/// sent (taken from between the delimiters), plus whatever extra claims a test adds; translations and answers
/// are recognisable texts. The bot's own pipeline does everything else for real.
/// </summary>
public sealed class ScriptedModel
{
    public List<object> ExtraClaims { get; } = [];

    public string Headline { get; set; } = "Blinken voices concern over North Korea–Russia military cooperation";

    public Task<FakeChatReply> RespondAsync(FakeChatRequest request, CancellationToken cancellationToken)
    {
        var article = ArticleIn(request.LastUserMessage);
        return Task.FromResult(request.ResponseFormat?.SchemaName switch
        {
            "article_summary" => FakeChatReply.Text(JsonSerializer.Serialize(new
            {
                headline = Headline,
                summary = "US Secretary of State Antony Blinken said in Seoul that he shares South Korea's concern about growing military cooperation between North Korea and Russia. He and South Korea's foreign minister discussed extended deterrence. North Korea and Russia deny any arms deals.",
                claims = new object[]
                {
                    new { text = "The first sentence of the article, as a claim.", speaker = "the outlet", kind = "statement", evidence = FirstSentence(article) },
                }.Concat(ExtraClaims).ToArray(),
                sourceLanguage = "ar",
            })),
            "article_answer" => FakeChatReply.Text(JsonSerializer.Serialize(new
            {
                found = true,
                answer = "ANSWER: Blinken and Park Jin discussed the extended deterrence strategy.",
                quotes = new[] { FirstSentence(article) },
            })),
            _ => FakeChatReply.Text(Translation(article.Length)),
        });
    }

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
        return body[..body.LastIndexOf('\n')];
    }

    /// <summary>A translation about as long as its source, as the gate expects of a real one.</summary>
    private static string Translation(int sourceLength)
    {
        var text = "ENGLISH TRANSLATION: Blinken expresses concern about the growing military cooperation between Russia and North Korea.";
        while (text.Length < sourceLength)
        {
            text += "\n\nHe said the cooperation between the two countries is a matter of concern for South Korea and the United States.";
        }

        return text;
    }

    private static string FirstSentence(string article)
    {
        var line = article.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12);
        return string.Join(' ', words);
    }
}
