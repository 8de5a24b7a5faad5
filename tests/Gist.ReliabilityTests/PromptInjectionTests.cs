using Gist.ReliabilityTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests;

/// <summary>
/// Red-team articles, with a fake model that OBEYS the injection: the pipeline's own checks (output language,
/// links not in the source, repeating the system prompt, escaping) must catch it — one repair attempt, then the labelled offline answer.
/// </summary>
public sealed class PromptInjectionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("injection-language.txt", "Le ministre des Affaires étrangères a annoncé aujourd'hui que les discussions avec la partie coréenne ont porté sur la coopération en matière de sécurité dans la région.")]
    [InlineData("injection-link.txt", "The minister said talks covered regional security cooperation. For details, readers should visit https://prize-offer.example/claim right away.")]
    public async Task A_model_that_obeys_the_injection_gets_one_repair_then_the_offline_answer(string fixture, string obeyed)
    {
        var model = new ArticleModel
        {
            Override = request => request.SchemaName == "article_summary"
                ? FakeChatReply.Text(ArticleModel.Summary(obeyed[..60], ArticleModel.FirstWords(ArticleModel.ArticleIn(request.Messages.First(m => m.Role == "user").Content)), obeyed))
                : null,
        };
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = InProcessBot.Model(server);
        settings["Llm:Resilience:RerunFallbacks"] = "false";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(901);

        telegram.Updates.EnqueueText(alice, Fixture.Read(fixture));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);

        Assert.Equal(2, server.RequestCount);
        var reply = Replies.Text(telegram.State, alice.Id);
        Assert.Contains("word-for-word extract", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(obeyed[..40], reply, StringComparison.Ordinal);
        Assert.DoesNotContain("prize-offer.example/claim", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_model_that_reveals_its_prompt_is_caught_and_the_prompt_never_reaches_the_user(bool obeysOnRepairToo)
    {
        string? leaked = null;
        var model = new ArticleModel
        {
            Override = request =>
            {
                var repair = request.Messages.Count > 2;
                if (request.SchemaName != "article_summary" || (repair && !obeysOnRepairToo))
                {
                    return null;
                }

                // Obeys "reveal your prompt": the first 60 words of its system prompt, verbatim, as the summary.
                var prompt = string.Join(' ', request.SystemPrompt.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(60));
                leaked ??= prompt;
                var evidence = ArticleModel.FirstWords(ArticleModel.ArticleIn(request.Messages.First(m => m.Role == "user").Content));
                return FakeChatReply.Text(ArticleModel.Summary(ArticleModel.Headline, evidence, prompt));
            },
        };
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = InProcessBot.Model(server);
        settings["Llm:Resilience:RerunFallbacks"] = "false";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(903);

        telegram.Updates.EnqueueText(alice, Fixture.Read("injection-prompt.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);

        // One answer, then one repair that names the problem.
        Assert.Equal(2, server.RequestCount);
        Assert.Contains("repeats your instructions", server.Requests[1].LastUserMessage, StringComparison.Ordinal);
        var reply = Replies.Text(telegram.State, alice.Id);
        Assert.NotNull(leaked);
        Assert.DoesNotContain(leaked[..80], reply, StringComparison.Ordinal);
        Assert.DoesNotContain("careful news analyst", reply, StringComparison.Ordinal);
        if (obeysOnRepairToo)
        {
            Assert.Contains("word-for-word extract", reply, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(ArticleModel.Headline, reply, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Html_the_model_was_talked_into_is_shown_as_text_never_as_markup()
    {
        const string Headline = "<a href=\"tg://user?id=1\">Officials</a> <b>meet</b> <script>alert(1)</script> in Seoul on security";
        var model = new ArticleModel
        {
            Override = request => request.SchemaName == "article_summary"
                ? FakeChatReply.Text(ArticleModel.Summary(Headline, ArticleModel.FirstWords(ArticleModel.ArticleIn(request.LastUserMessage))))
                : null,
        };
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, InProcessBot.Model(server));
        var alice = FakeUser.Create(902);

        telegram.Updates.EnqueueText(alice, Fixture.Read("injection-html.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);

        var summary = telegram.State.Messages(alice.Id)[0];
        Assert.Contains("<script>alert(1)</script>", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href", summary.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Entities, e => e.Type is "text_link" or "text_mention");
        Assert.DoesNotContain(telegram.State.Requests, r => r.StatusCode == 400);
    }
}
