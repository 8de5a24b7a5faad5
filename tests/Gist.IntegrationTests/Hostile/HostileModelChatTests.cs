using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.IntegrationTests.Hostile;

/// <summary>
/// The fake model in hostile mode against the real host and the fake Bot API, on every chat path that shows model
/// text: the summary, the "Full translation" button and a follow-up question. Whatever the model writes, each
/// reply is safe (<see cref="SafeReplies"/>) and the user gets one.
/// </summary>
public sealed class HostileModelChatTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_hostile_answer_on_the_summary_translation_and_question_paths_reaches_the_user_safe(bool repairsWhenAsked)
    {
        var model = new HostileModel(repairsWhenAsked: repairsWhenAsked);
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = ModelSettings.OpenAi(server);
        settings["Llm:Resilience:RerunFallbacks"] = "false";
        await using var bot = await GistBot.StartAsync(telegram, settings);
        var article = Fixture.Read("seed-000.txt");
        const string Question = "What did Blinken discuss with Park Jin in Seoul?";

        // Stubborn, every kind on its own; repairing, the kinds that fail checks (Everything carries the rest).
        var modes = repairsWhenAsked
            ? [HostileAnswer.Everything, HostileAnswer.OverLong, HostileAnswer.OverShort, HostileAnswer.WrongLanguage, HostileAnswer.DelimiterEcho]
            : Enum.GetValues<HostileAnswer>();
        foreach (var (mode, index) in modes.Select((m, i) => (m, i)))
        {
            model.Mode = mode;
            var user = FakeUser.Create(1200 + index + (repairsWhenAsked ? 100 : 0), "Reader");

            // A sentence of its own makes each mode's article new to the result cache.
            var paragraph = article.IndexOf('\n', article.IndexOf("آخر تحديث", StringComparison.Ordinal)) + 1;
            telegram.Updates.EnqueueText(user, article.Insert(paragraph, $"و قال مسؤول إن الجولة رقم {user.Id} من المحادثات تناولت الأمن الإقليمي.\n\n"));
            await telegram.State.WaitForAsync(s => s.Messages(user.Id).Any(m => m.ButtonTexts.Count > 0) && SafeReplies.Settled(s, user.Id, 0), Timeout);
            var summary = telegram.State.Messages(user.Id).Single(m => m.ButtonTexts.Count > 0);

            var before = telegram.State.Messages(user.Id).Count;
            telegram.Updates.EnqueueCallbackQuery(user, summary.MessageId, summary.InlineButtons.First(b => b.Text == "Full translation").CallbackData!);
            await telegram.State.WaitForAsync(s => SafeReplies.Settled(s, user.Id, before), Timeout);

            before = telegram.State.Messages(user.Id).Count;
            telegram.Updates.EnqueueReply(user, Question, summary.MessageId);
            await telegram.State.WaitForAsync(s => SafeReplies.Settled(s, user.Id, before), Timeout);

            var messages = telegram.State.Messages(user.Id);
            Assert.All(messages, m => SafeReplies.AssertSafe(m, article + "\n" + Question));
            Assert.True(messages.Count >= 3, $"{mode}: {messages.Count} messages");
            Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.Text)));
        }

        SafeReplies.AssertNoRefusals(telegram.State);
        Assert.Contains(server.Requests, r => r.SchemaName == "article_answer");
        Assert.Contains(server.Requests, r => r.SchemaName is null);
    }
}
