using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gist.Core.Storage;
using Gist.ReliabilityTests.Support;
using Gist.Telegram.Processing;
using Gist.Testing.BotApi;
using Gist.Testing.Hostile;
using Gist.Testing.OpenAi;
using Xunit.Abstractions;

namespace Gist.ReliabilityTests.Hostile;

/// <summary>
/// The hostile files sent to the real bot through the fake Bot API: each gets a clear "too complex" reply, and
/// another user's paste sent during the attack is answered promptly, because parsing runs with bounded
/// parallelism apart from the receiving loop and every parse has a budget.
/// </summary>
public sealed class HostileBotTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>How long the other user may wait for a reply during the attack (offline engine: about a second alone).</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Hostile_files_get_a_too_complex_reply_while_another_users_paste_is_answered_promptly()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?> { ["Parsing:MaxConcurrent"] = "1" });
        var victim = FakeUser.Create(1130, "Alice");
        (string Name, byte[] Bytes, string Mime)[] attack =
        [
            ("bomb.pdf", HostileFiles.PdfBomb(200L << 20), "application/pdf"),
            ("operators.pdf", HostileFiles.PdfOperators(4_000_000), "application/pdf"),
            ("nested.html", Encoding.UTF8.GetBytes(HostileFiles.NestedDivs(200_000)), "text/html"),
            ("anchors.html", Encoding.UTF8.GetBytes(HostileFiles.UnclosedAnchors(20_000)), "text/html"),
            ("lists.html", Encoding.UTF8.GetBytes(HostileFiles.NestedLists(20_000)), "text/html"),
            ("blocks.html", Encoding.UTF8.GetBytes(HostileFiles.OrdinaryBlocks(20_000)), "text/html"),
        ];

        // One attacker per file (several accounts): a chat's updates are handled one at a time, so this is the worst case.
        var attackers = attack.Select((_, i) => FakeUser.Create(1101 + i, "Mallory")).ToList();
        for (var i = 0; i < attack.Length; i++)
        {
            telegram.Updates.EnqueueDocument(attackers[i], attack[i].Bytes, attack[i].Name, attack[i].Mime);
        }

        var reader = FakeUser.Create(1120, "Mallory");
        telegram.Updates.EnqueueDocument(reader, Encoding.UTF8.GetBytes(HostileFiles.ManySentences(10_000)), "sentences.txt", "text/plain");
        var clock = Stopwatch.StartNew();
        telegram.Updates.EnqueueText(victim, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, victim.Id), Timeout);
        var victimWaited = clock.Elapsed;

        await telegram.State.WaitForAsync(s => attackers.All(a => s.Messages(a.Id).Any(m => m.Text.Contains("too complex", StringComparison.Ordinal)))
            && s.Messages(reader.Id).Count > 0 && !s.Messages(reader.Id).Any(Replies.IsPlaceholder), Timeout);
        var attackDone = clock.Elapsed;
        output.WriteLine($"other user answered after {victimWaited.TotalSeconds:0.0} s; all {attack.Length + 1} attack files answered after {attackDone.TotalSeconds:0.0} s");
        Assert.True(victimWaited < Prompt, $"the other user waited {victimWaited}");
        for (var i = 0; i < attack.Length; i++)
        {
            var messages = telegram.State.Messages(attackers[i].Id);
            output.WriteLine(string.Join(" | ", messages.Select(m => m.Text)));
            Assert.DoesNotContain(messages, Replies.IsPlaceholder);
            var reply = messages.Single(m => m.Text.Contains("too complex", StringComparison.Ordinal)).Text;
            Assert.StartsWith($"\"{attack[i].Name}\": This ", reply, StringComparison.Ordinal);
            Assert.Contains("too complex", reply, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_translation_button_with_another_chats_article_id_is_refused()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram);
        var alice = FakeUser.Create(1111, "Alice");
        var mallory = FakeUser.Create(1112, "Mallory");
        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        telegram.Updates.EnqueueText(mallory, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id) && Replies.IsAnswered(s, mallory.Id), Timeout);
        var articles = bot.Service<IArticleStore>();
        var aliceMessage = telegram.State.Messages(alice.Id).First(m => m.ButtonTexts.Count > 0);
        // The reply's messages are linked to the article right after they are sent: wait for that write.
        long? aliceArticle;
        while ((aliceArticle = await articles.FindByMessageAsync(alice.Id, aliceMessage.MessageId, CancellationToken.None)) is null)
        {
            await Task.Delay(50);
        }

        var malloryMessage = telegram.State.Messages(mallory.Id).First(m => m.ButtonTexts.Count > 0);
        var before = telegram.State.Messages(mallory.Id).Count;

        // Mallory's own button, with the data forged to name Alice's article.
        telegram.Updates.EnqueueCallbackQuery(mallory, malloryMessage.MessageId, "tr:" + aliceArticle!.Value.ToString(CultureInfo.InvariantCulture));
        await telegram.State.WaitForAsync(s => s.Messages(mallory.Id).Count > before, Timeout);

        var reply = telegram.State.Messages(mallory.Id).OrderBy(m => m.MessageId).Last().Text;
        Assert.Contains("no longer have that article", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(telegram.State.Messages(mallory.Id), m => m.Text.Contains("بلينكن", StringComparison.Ordinal) && m.MessageId > malloryMessage.MessageId);
    }

    [Fact]
    public async Task An_update_past_its_deadline_is_cancelled_and_the_user_is_told()
    {
        var model = new ArticleModel { Override = _ => FakeChatReply.Hang() };
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = InProcessBot.Model(server);
        settings["Llm:Resilience:AttemptTimeoutSeconds"] = "60";
        settings["Llm:Resilience:OverallTimeoutSeconds"] = "120";
        settings["Telegram:UpdateTimeoutSeconds"] = "5";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(1131, "Alice");

        var clock = Stopwatch.StartNew();
        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("took longer than", StringComparison.Ordinal)), Timeout);

        output.WriteLine($"deadline reply after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains(telegram.State.Messages(alice.Id), m => m.Text == UpdateDispatcher.DeadlineText(TimeSpan.FromSeconds(5)));
        // Without the deadline the model layer would end this only at its overall timeout (120 s), with the offline
        // fallback rather than this reply; the bound is loose for a loaded 2-core machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(100), $"took {clock.Elapsed}");
    }
}
