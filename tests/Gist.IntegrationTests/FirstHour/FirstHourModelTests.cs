using Gist.IntegrationTests.Support;
using Gist.Telegram.Handlers;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.IntegrationTests.FirstHour;

/// <summary>With a model configured: what a reader sees when it works, when it fails, and on the translation button (issue 13).</summary>
public sealed class FirstHourModelTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_failing_model_is_explained_in_the_readers_words_without_setup_hints()
    {
        await using var model = await FakeOpenAiServer.StartAsync((_, _) => Task.FromResult(FakeChatReply.ServerError()));
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = ModelSettings.OpenAi(model);
        settings["Llm:Resilience:MaxRetries"] = "1";
        settings["Llm:Resilience:BaseDelaySeconds"] = "0.05";
        settings["Llm:Resilience:RerunDelaySeconds"] = "600";
        await using var bot = await GistBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(1321, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var reply = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.Contains("The summarizer is busy right now, so here is a word-for-word extract of the article (in Arabic).", reply, StringComparison.Ordinal);
        Assert.Contains("I will replace it with the translated summary", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Llm__", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Why:", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_translation_has_the_english_headline_and_a_second_press_points_to_it_instead_of_posting_it_again()
    {
        var script = new ScriptedModel();
        await using var model = await FakeOpenAiServer.StartAsync(script.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, ModelSettings.OpenAi(model));
        var alice = FakeUser.Create(1322, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);
        var summary = telegram.State.Messages(alice.Id).Single(m => m.ButtonTexts.Count > 0);
        Assert.EndsWith("Summarized by gpt-test", summary.Text.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("prompt", summary.Text, StringComparison.Ordinal);

        var data = summary.InlineButtons[0].CallbackData!;
        telegram.Updates.EnqueueCallbackQuery(alice, summary.MessageId, data);
        telegram.Updates.EnqueueCallbackQuery(alice, summary.MessageId, data);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains(TranslationButtonHandler.AlreadyPosted, StringComparison.Ordinal)), Timeout);

        // One translation (its first part carries the title line), posted once.
        var translation = Assert.Single(telegram.State.Messages(alice.Id), m => m.Text.Contains("Translated from Arabic into English", StringComparison.Ordinal));
        var title = translation.Text[..translation.Text.IndexOf("Translated from", StringComparison.Ordinal)];
        Assert.Contains(script.Headline, title, StringComparison.Ordinal);
        Assert.DoesNotContain("بلينكن", title, StringComparison.Ordinal);
        Assert.Contains(telegram.State.Messages(alice.Id), m => m.Text.Contains("ENGLISH TRANSLATION", StringComparison.Ordinal));
        var pointer = telegram.State.Messages(alice.Id).Single(m => m.Text.Contains(TranslationButtonHandler.AlreadyPosted, StringComparison.Ordinal));
        Assert.Equal(translation.MessageId, pointer.ReplyToMessageId);
    }
}
