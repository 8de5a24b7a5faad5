using Gist.Core.Storage;
using Gist.ReliabilityTests.Support;
using Gist.Rendering;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests;

/// <summary>Allowlist, per-user rate limit, daily quota, admin /stats and /quota, and input limits: each gets a clear reply.</summary>
public sealed class AccessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task In_allowlist_mode_a_stranger_is_told_the_bot_is_private_and_nothing_is_summarized()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Access:AllowedUserIds:0"] = "401",
            ["Access:AllowedChatIds:0"] = "-100500",
        });
        var friend = FakeUser.Create(401, "Friend");
        var stranger = FakeUser.Create(402, "Stranger");

        telegram.Updates.EnqueueText(stranger, Fixture.Read("seed-000.txt"));
        telegram.Updates.EnqueueText(friend, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, friend.Id) && s.Messages(stranger.Id).Count > 0, Timeout);

        Assert.Equal([StatusMessages.NotAllowed], telegram.State.Messages(stranger.Id).Select(m => m.Text));
    }

    [Fact]
    public async Task A_user_over_the_rate_limit_is_told_once_and_every_message_is_still_answered_in_order()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Access:BurstMessages"] = "1",
            ["Access:MessagesPerMinute"] = "60",
        });
        var alice = FakeUser.Create(403);

        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 31));
        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 32));
        var filter = telegram.Updates.EnqueueText(alice, "/filter 5 word");
        var help = telegram.Updates.EnqueueText(alice, "/help");
        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 33));
        await telegram.State.WaitForAsync(s => Replies.SummaryCount(s, alice.Id) == 3, Timeout);

        var messages = telegram.State.Messages(alice.Id);
        Assert.Single(messages, m => m.Text.StartsWith("You are sending messages faster than I can read them", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.ReplyToMessageId == filter.MessageId);
        Assert.Contains(messages, m => m.ReplyToMessageId == help.MessageId && m.Text.Contains("Read an article", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settings_and_help_are_answered_at_once_and_do_not_use_up_the_rate_limit()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Access:BurstMessages"] = "1",
            ["Access:MessagesPerMinute"] = "1",
        });
        var alice = FakeUser.Create(408);

        var commands = new[] { "/help", "/language", "/help", "/start", "/help" }.Select(c => telegram.Updates.EnqueueText(alice, c)).ToList();
        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => Replies.SummaryCount(s, alice.Id) == 1, Timeout);

        var messages = telegram.State.Messages(alice.Id);
        Assert.DoesNotContain(messages, m => m.Text.StartsWith("You are sending messages faster", StringComparison.Ordinal));
        Assert.All(commands, c => Assert.Contains(messages, m => m.ReplyToMessageId == c.MessageId));
    }

    [Fact]
    public async Task The_daily_quota_of_model_calls_is_enforced_and_an_admin_can_see_and_raise_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync(new ArticleModel().RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = InProcessBot.Model(server);
        settings["Access:DailyModelCalls"] = "1";
        settings["Access:AdminUserIds:0"] = "999";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(404);
        var admin = FakeUser.Create(999, "Admin");

        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 1));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);
        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 2));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text == StatusMessages.DailyQuotaReached(1)), Timeout);
        Assert.Equal(1, server.RequestCount);

        telegram.Updates.EnqueueText(admin, "/stats");
        await telegram.State.WaitForAsync(s => s.Messages(admin.Id).Count == 1, Timeout);
        var stats = telegram.State.Messages(admin.Id)[0].Text;
        Assert.Contains("Model calls today: 1 by 1 users", stats, StringComparison.Ordinal);
        Assert.Contains("404: 1", stats, StringComparison.Ordinal);
        Assert.DoesNotContain(telegram.Token, telegram.State.Messages(admin.Id)[0].RawText, StringComparison.Ordinal);
        Assert.DoesNotContain(InProcessBot.ApiKey, stats, StringComparison.Ordinal);

        telegram.Updates.EnqueueText(admin, "/quota 404 5");
        await telegram.State.WaitForAsync(s => s.Messages(admin.Id).Count == 2, Timeout);
        Assert.Equal("User 404: 1 model calls today; daily limit 5 (set for this user).", telegram.State.Messages(admin.Id)[1].Text);

        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 3));
        await telegram.State.WaitForAsync(s => Replies.SummaryCount(s, alice.Id) == 2, Timeout);
        // The charge is written just after the reply, once the handler's model requests are known.
        Assert.Equal(2, await ModelCallsSettledAsync(bot, 404, expected: 2));
    }

    [Fact]
    public async Task Only_requests_answered_by_the_model_use_the_daily_quota_and_cached_answers_are_free()
    {
        await using var server = await FakeOpenAiServer.StartAsync(new ArticleModel().RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = InProcessBot.Model(server);
        settings["Access:DailyModelCalls"] = "2";
        settings["Access:AdminUserIds:0"] = "999";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(409);
        var admin = FakeUser.Create(999, "Admin");
        var usage = bot.Service<IUsageStore>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var article = ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 11);

        // The same article three times: one model call, then the result cache; one of two calls used.
        for (var summaries = 1; summaries <= 3; summaries++)
        {
            telegram.Updates.EnqueueText(alice, article);
            var expected = summaries;
            await telegram.State.WaitForAsync(s => Replies.SummaryCount(s, alice.Id) == expected, Timeout);
        }

        Assert.Equal(1, server.RequestCount);
        Assert.Equal(1, await usage.GetModelCallsAsync(alice.Id, today, CancellationToken.None));

        // A different article uses the last call; the next one is refused before anything is read.
        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 12));
        await telegram.State.WaitForAsync(s => Replies.SummaryCount(s, alice.Id) == 4, Timeout);
        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 13));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text == StatusMessages.DailyQuotaReached(2)), Timeout);

        Assert.Equal(2, server.RequestCount);
        Assert.Equal(4, Replies.SummaryCount(telegram.State, alice.Id));
        Assert.Equal(2, await usage.GetModelCallsAsync(alice.Id, today, CancellationToken.None));

        telegram.Updates.EnqueueText(admin, "/quota 409");
        await telegram.State.WaitForAsync(s => s.Messages(admin.Id).Count == 1, Timeout);
        Assert.Equal("User 409: 2 model calls today; daily limit 2 (default).", telegram.State.Messages(admin.Id)[0].Text);
        telegram.Updates.EnqueueText(admin, "/stats");
        await telegram.State.WaitForAsync(s => s.Messages(admin.Id).Count == 2, Timeout);
        Assert.Contains("Model calls today: 2 by 1 users", telegram.State.Messages(admin.Id)[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_commands_are_unknown_commands_to_everyone_else()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?> { ["Access:AdminUserIds:0"] = "999" });
        var alice = FakeUser.Create(405);

        telegram.Updates.EnqueueText(alice, "/stats");
        telegram.Updates.EnqueueText(alice, "/quota 405 1000");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count == 2, Timeout);

        Assert.All(telegram.State.Messages(alice.Id), m => Assert.DoesNotContain("Model calls", m.Text, StringComparison.Ordinal));
        Assert.All(telegram.State.Messages(alice.Id), m => Assert.DoesNotContain("daily limit", m.Text, StringComparison.Ordinal));
    }

    /// <summary>The user's model calls today once they reach <paramref name="expected"/> (or the timeout passes).</summary>
    private static async Task<int> ModelCallsSettledAsync(InProcessBot bot, long userId, int expected)
    {
        var usage = bot.Service<IUsageStore>();
        var deadline = DateTimeOffset.UtcNow + Timeout;
        int calls;
        while ((calls = await usage.GetModelCallsAsync(userId, DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None)) != expected
            && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return calls;
    }

    [Fact]
    public async Task Text_over_the_length_limit_gets_a_clear_reply()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?> { ["Telegram:MaxTextLength"] = "300" });
        var alice = FakeUser.Create(406);
        var text = Fixture.Read("seed-000.txt");

        telegram.Updates.EnqueueText(alice, text);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => !Replies.IsPlaceholder(m)), Timeout);

        Assert.Contains("I read up to 300", Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_gets_a_clear_reply()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?> { ["Telegram:MaxFileBytes"] = "1000" });
        var alice = FakeUser.Create(407);

        telegram.Updates.EnqueueDocument(alice, System.Text.Encoding.UTF8.GetBytes(Fixture.Read("seed-000.txt")), "article.txt", "text/plain");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => !Replies.IsPlaceholder(m)), Timeout);

        Assert.Contains("I read files up to", Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_links_than_the_limit_are_read_up_to_the_limit_and_the_reply_says_so()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?> { ["Telegram:MaxLinksPerMessage"] = "1" });
        var alice = FakeUser.Create(408);

        // Unreachable addresses on purpose: the point is the notice about the limit, not the pages.
        telegram.Updates.EnqueueText(alice, "http://127.0.0.1:9/a http://127.0.0.1:9/b http://127.0.0.1:9/c");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("I read the first", StringComparison.Ordinal)), Timeout);

        Assert.Contains("I read the first 1 links of a message; 2 more were left out.", Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
    }
}
