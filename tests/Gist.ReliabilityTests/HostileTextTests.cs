using System.Text;
using Gist.ReliabilityTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests;

/// <summary>
/// The real host answering generated hostile texts against the fake Bot API, which parses HTML like Telegram and
/// answers 400 "can't parse entities" / "message is too long": not one of the bot's messages may be refused.
/// </summary>
public sealed class HostileTextTests
{
    private static readonly string[] Pieces =
    [
        "<", ">", "&", "&amp;", "&lt;b&gt;", "<b>", "</i>", "<a href=\"javascript:alert(1)\">x</a>", "<script>", "]]>", "\"", "'",
        "😀", "👨‍👩‍👧‍👦", "\U0001F1FA\U0001F1F8", "\u200B", "\u202E", "\u2066", "\uFEFF", "\u0000", "\r\n", "\n\n", "\t",
        "قال الوزير إن ", "Министр заявил, что ", "外交部发言人表示", "ראש הממשלה אמר ", "प्रधानमंत्री ने कहा ", "https://example.com/a?b=1&c=<2>",
        "*bold* _it_ `code` ```pre```", "<pre><code>", "<tg-spoiler>", "<blockquote expandable>", "\\", "%s {0} {{x}}",
    ];

    [Fact]
    public async Task Generated_hostile_texts_and_model_output_with_stray_html_are_never_refused_by_telegram()
    {
        var random = new Random(4242);
        var model = new ArticleModel
        {
            // The model answers with stray markup in every field; the evidence is real article text.
            Override = request => request.SchemaName == "article_summary"
                ? FakeChatReply.Text(ArticleModel.Summary(
                    "<b>Officials</b> meet & talk </i> about <script>security</script> in the region today",
                    ArticleModel.FirstWords(ArticleModel.ArticleIn(request.LastUserMessage)),
                    "The <a href=\"x\">officials</a> discussed security & cooperation <u>in the region</u> and the concern about <tg-spoiler> military ties between the two countries in the article.",
                    "A claim with <i>markup & entities &amp; ok</i> and stray </b>."))
                : null,
        };
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, InProcessBot.Model(server));
        var users = new List<FakeUser>();

        for (var i = 0; i < 24; i++)
        {
            var user = FakeUser.Create(800 + i);
            users.Add(user);
            telegram.Updates.EnqueueText(user, Hostile(random, i % 3 == 0 ? 9000 : 600));
        }

        await telegram.State.WaitForAsync(s => users.All(u => s.Messages(u.Id).Count > 0 && !s.Messages(u.Id).Any(Replies.IsPlaceholder)),
            TimeSpan.FromSeconds(90));

        var refused = telegram.State.Requests.Where(r => r.StatusCode == 400).ToList();
        Assert.True(refused.Count == 0, string.Join('\n', refused.Select(r => $"{r.Method}: {r.Description}")));
        Assert.All(telegram.State.SentMessages, m => Assert.True(m.Text.Length <= 4096));
    }

    private static string Hostile(Random random, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) == 0)
            {
                // Lone surrogates and random code points too.
                text.Append(random.Next(4) == 0 ? (char)random.Next(0xD800, 0xDFFF) : (char)random.Next(0x20, 0x3000));
            }

            text.Append(' ');
        }

        return text.ToString();
    }
}
