using Gist.Testing.BotApi;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Gist.Testing.Tests.BotApi;

public sealed class FaultsAndLimitsTests : BotApiFixture
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    protected override FakeBotApiOptions Options => new() { EnforceRateLimits = true, TimeProvider = clock };

    [Fact]
    public async Task Too_many_messages_to_one_chat_get_429_with_retry_after()
    {
        var burst = new RateLimitOptions().PerChatBurst;
        for (var i = 0; i < burst; i++)
        {
            await Bot.SendMessage(Alice.Id, $"m{i}");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, "one too many"));
        clock.Advance(TimeSpan.FromSeconds(1));
        await Bot.SendMessage(Alice.Id, "after waiting");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters!.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 1", error.Message);
        Assert.Equal(1, Server.State.TooManyRequestsCount);
        Assert.Equal(burst + 1, Server.State.SentMessageCount);
    }

    [Fact]
    public async Task A_group_is_held_to_about_20_messages_a_minute()
    {
        var group = FakeChat.Group(777, "Readers");
        Server.State.RegisterChat(group);
        var sent = 0;
        ApiRequestException? refused = null;
        // One a second satisfies the per-chat limit; the group bucket (20, refilled 20/min) runs dry first.
        while (refused is null && sent < 60)
        {
            try
            {
                await Bot.SendMessage(group.Id, $"m{sent}");
                sent++;
                clock.Advance(TimeSpan.FromSeconds(1));
            }
            catch (ApiRequestException error)
            {
                refused = error;
            }
        }

        Assert.NotNull(refused);
        Assert.Equal(429, refused.ErrorCode);
        Assert.InRange(sent, 20, 35);
        Assert.InRange(refused.Parameters!.RetryAfter!.Value, 1, 3);
    }

    [Fact]
    public async Task The_global_limit_is_30_messages_a_second_across_chats()
    {
        for (var chat = 1; chat <= 30; chat++)
        {
            await Bot.SendMessage(chat, "digest");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(31, "digest"));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await Bot.SendMessage(31, "digest");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(31, Server.State.SentMessageCount);
    }

    [Fact]
    public async Task Rate_limits_can_be_switched_off_at_run_time()
    {
        Server.RateLimitsEnabled = false;

        for (var i = 0; i < 50; i++)
        {
            await Bot.SendMessage(Alice.Id, $"m{i}");
        }

        Assert.Equal(0, Server.State.TooManyRequestsCount);
    }

    [Fact]
    public async Task Blocked_and_unknown_chats_are_refused_like_telegram_does()
    {
        Server.State.MarkBlocked(Alice.Id);
        Server.State.MarkChatNotFound(404);

        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, "x"));
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendChatAction(404, Telegram.Bot.Types.Enums.ChatAction.Typing));

        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.Message);
        Assert.Equal(400, missing.ErrorCode);
        Assert.Equal("Bad Request: chat not found", missing.Message);
    }

    [Fact]
    public async Task With_known_chats_required_only_chats_seen_in_updates_can_be_written_to()
    {
        Server.State.RequireKnownChats = true;
        Server.Updates.EnqueueText(Alice, "hi");

        await Bot.SendMessage(Alice.Id, "hello Alice");
        var stranger = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(123456, "hello?"));

        Assert.Equal("Bad Request: chat not found", stranger.Message);
    }

    [Fact]
    public async Task Injected_500_and_429_faults_reach_the_client_and_change_nothing()
    {
        Server.FaultInjector = FakeFaultPlan.Next("sendMessage", 1, FakeFault.InternalServerError);
        var serverError = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, "x"));
        Server.FaultInjector = FakeFaultPlan.Next("sendMessage", 1, FakeFault.TooManyRequests(7));
        var tooMany = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, "x"));

        Assert.Equal(500, serverError.ErrorCode);
        Assert.Equal(7, tooMany.Parameters!.RetryAfter);
        Assert.Empty(Server.State.SentMessages);
        Assert.Equal(2, Server.State.FaultsInjected);
    }

    [Fact]
    public async Task Injected_502_is_an_html_page_the_client_cannot_parse()
    {
        Server.FaultInjector = FakeFaultPlan.Next("getMe", 1, FakeFault.BadGateway);

        var error = await Assert.ThrowsAnyAsync<RequestException>(() => Bot.GetMe());

        Assert.Equal(System.Net.HttpStatusCode.BadGateway, error.HttpStatusCode);
        Assert.True((await Bot.GetMe()).IsBot);
    }

    [Fact]
    public async Task An_injected_hang_lasts_until_the_client_gives_up_and_the_server_keeps_serving()
    {
        Server.FaultInjector = FakeFaultPlan.Next("sendMessage", 1, FakeFault.Hang);
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        var client = CreateClient(Server.Token, impatient);

        await Assert.ThrowsAnyAsync<Exception>(() => client.SendMessage(Alice.Id, "x"));
        // The next call goes through a client with the default timeout: 300 ms is for the hang only, and a busy CI
        // machine can take longer than that to open a fresh connection.
        var later = await Bot.SendMessage(Alice.Id, "y");

        Assert.Equal("y", later.Text);
        await Server.State.WaitForAsync(s => s.RequestsFor("sendMessage").Any(r => r.StatusCode == 499), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_random_fault_plan_fails_about_the_requested_share()
    {
        Server.RateLimitsEnabled = false;
        Server.FaultInjector = FakeFaultPlan.Random(0.3, seed: 7, [FakeFault.InternalServerError], "sendMessage");
        var failures = 0;
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await Bot.SendMessage(Alice.Id, $"m{i}");
            }
            catch (ApiRequestException)
            {
                failures++;
            }
        }

        Assert.InRange(failures, 15, 45);
        Assert.Equal(100 - failures, Server.State.SentMessageCount);
    }

    [Fact]
    public async Task WaitFor_times_out_with_a_summary_of_the_record()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            Server.State.WaitForAsync(s => s.SentMessageCount > 0, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("Sent 0", error.Message, StringComparison.Ordinal);
    }
}
