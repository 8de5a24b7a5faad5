using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.MiniApp.Tests.Support;
using Gist.Testing.BotApi;

namespace Gist.MiniApp.Tests;

/// <summary>Subscriptions edited in the app go through the chat commands' rules, and the chat sees the change at once.</summary>
public sealed class SubscriptionApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private MiniAppHost Host => fixture.Host;

    [Fact]
    public async Task A_filter_set_in_the_app_is_what_subscriptions_shows_in_the_chat()
    {
        const long userId = 3001;
        await Host.DeliverReferenceDigestAsync(userId);
        using var before = await SendAsync(HttpMethod.Get, "/app/api/subscriptions", userId, null);
        var feed = JsonDocument.Parse(await before.Content.ReadAsStringAsync()).RootElement.GetProperty("feeds")[0];

        using var saved = await SendAsync(HttpMethod.Put, $"/app/api/subscriptions/{feed.GetProperty("id").GetInt64()}/filter", userId, new { filter = "+Blinken, -sport" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stored = (await Host.Service<ISubscriptionStore>().ListAsync(userId, default)).Single(s => s.Id == feed.GetProperty("id").GetInt64());
        Assert.Equal(("Blinken", "sport"), (stored.IncludeWords, stored.ExcludeWords));
        var user = FakeUser.Create(userId);
        Host.Telegram.Updates.EnqueueText(user, "/subscriptions");
        await Host.Telegram.State.WaitForAsync(s => s.SentMessages.Any(m => m.ChatId == userId && m.Text.Contains("+Blinken -sport", StringComparison.Ordinal)), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task The_digest_time_follows_the_command_rules()
    {
        const long userId = 3002;

        using var bad = await SendAsync(HttpMethod.Put, "/app/api/schedule", userId, new { time = "25:00" });
        using var good = await SendAsync(HttpMethod.Put, "/app/api/schedule", userId, new { time = "8pm", timeZone = "Asia/Riyadh" });
        using var badZone = await SendAsync(HttpMethod.Put, "/app/api/schedule", userId, new { timeZone = "Atlantis/Nowhere" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("A day has hours 0 to 23", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var subscriber = await Host.Service<ISubscriberStore>().GetAsync(userId, default);
        Assert.Equal((new TimeOnly(20, 0), "Asia/Riyadh"), (subscriber!.DigestTime, subscriber.TimeZoneId));
        Assert.Equal(HttpStatusCode.BadRequest, badZone.StatusCode);
    }

    [Fact]
    public async Task A_user_cannot_edit_or_remove_another_users_subscription()
    {
        const long owner = 3003;
        await Host.DeliverReferenceDigestAsync(owner);
        var target = (await Host.Service<ISubscriptionStore>().ListAsync(owner, default))[0];

        using var edit = await SendAsync(HttpMethod.Put, $"/app/api/subscriptions/{target.Id}/filter", 3004, new { filter = "-everything" });
        using var remove = await SendAsync(HttpMethod.Delete, $"/app/api/subscriptions/{target.Id}", 3004, null);

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        var after = (await Host.Service<ISubscriptionStore>().ListAsync(owner, default)).Single(s => s.Id == target.Id);
        Assert.Equal("", after.ExcludeWords);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, long userId, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("tma", Host.InitData(userId));
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return Host.Http.SendAsync(request);
    }
}
