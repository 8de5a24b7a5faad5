using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.IntegrationTests;

/// <summary>The real host with a model behind the real OpenAI client, against the fake OpenAI-compatible server.</summary>
public sealed class ModelReplyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_claim_with_invented_evidence_is_dropped_and_the_reply_says_so()
    {
        var script = new ScriptedModel();
        script.ExtraClaims.Add(new { text = "Blinken said the war is over.", speaker = "Antony Blinken", kind = "statement", evidence = "قال بلينكن إن الحرب انتهت تماما وإلى الأبد" });
        await using var model = await FakeOpenAiServer.StartAsync(script.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, ModelSettings.OpenAi(model));
        var alice = FakeUser.Create(201, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var reply = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.Contains(script.Headline, reply, StringComparison.Ordinal);
        Assert.Contains("1 claim was left out", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("الحرب انتهت", reply, StringComparison.Ordinal);
        Assert.Contains("The first sentence of the article, as a claim.", reply, StringComparison.Ordinal);

        // The article went to the model in its own message, between delimiters, and never in the instructions.
        var request = model.Requests.First(r => r.ResponseFormat?.SchemaName == "article_summary");
        Assert.DoesNotContain("بلينكن", request.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("بلينكن", request.LastUserMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("صواريخنا قادرة", request.LastUserMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(ModelSettings.ApiKey, bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_article_from_two_users_costs_one_model_call()
    {
        var script = new ScriptedModel();
        await using var model = await FakeOpenAiServer.StartAsync(script.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, ModelSettings.OpenAi(model));
        var alice = FakeUser.Create(202, "Alice");
        var bob = FakeUser.Create(203, "Bob");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);
        telegram.Updates.EnqueueText(bob, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(bob.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        Assert.Equal(1, model.RequestCount);
    }

    [Fact]
    public async Task The_translation_button_sends_the_whole_article_in_english()
    {
        var script = new ScriptedModel();
        await using var model = await FakeOpenAiServer.StartAsync(script.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, ModelSettings.OpenAi(model));
        var alice = FakeUser.Create(204, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);
        var summary = telegram.State.Messages(alice.Id).Single(m => m.ButtonTexts.Count > 0);
        telegram.Updates.EnqueueCallbackQuery(alice, summary.MessageId, summary.InlineButtons[0].CallbackData!);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("ENGLISH TRANSLATION", StringComparison.Ordinal)), Timeout);

        var translation = telegram.State.Messages(alice.Id).First(m => m.Text.Contains("ENGLISH TRANSLATION", StringComparison.Ordinal));
        Assert.Equal(summary.MessageId, translation.ReplyToMessageId);
        Assert.Single(telegram.State.CallbackAnswers);
        var request = model.Requests[^1];
        Assert.Contains("English", request.SystemPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_the_summary_is_answered_from_that_article()
    {
        var script = new ScriptedModel();
        await using var model = await FakeOpenAiServer.StartAsync(script.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, ModelSettings.OpenAi(model));
        var alice = FakeUser.Create(205, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);
        var summary = telegram.State.Messages(alice.Id).Single(m => m.ButtonTexts.Count > 0);
        telegram.Updates.EnqueueReply(alice, "What did Blinken discuss with Park Jin?", summary.MessageId);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("ANSWER:", StringComparison.Ordinal)), Timeout);

        var question = model.Requests.Last(r => r.ResponseFormat?.SchemaName == "article_answer");
        Assert.Contains("What did Blinken discuss", question.LastUserMessage, StringComparison.Ordinal);
        Assert.Contains("بلينكن", question.LastUserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_keeps_returning_invalid_json_gets_one_repair_then_the_offline_answer()
    {
        await using var model = await FakeOpenAiServer.StartAsync((_, _) => Task.FromResult(FakeChatReply.Text("{\"headline\": \"cut off")));
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, ModelSettings.OpenAi(model));
        var alice = FakeUser.Create(206, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        Assert.Equal(2, model.RequestCount);
        var reply = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.Contains("word-for-word extract", reply, StringComparison.OrdinalIgnoreCase);
    }
}
