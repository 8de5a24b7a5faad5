using System.Text.Json;
using Gist.Digests.Tests.Support;
using Gist.MiniApp.Tests.Support;
using Gist.Testing.BotApi;

namespace Gist.MiniApp.Tests;

/// <summary>The "Open" web_app buttons under digests and summaries, and the menu button.</summary>
public sealed class ButtonTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private MiniAppHost Host => fixture.Host;

    [Fact]
    public async Task The_menu_button_opens_the_app()
    {
        await Host.Telegram.State.WaitForAsync(s => s.DefaultMenuButton is not null, TimeSpan.FromSeconds(30));

        var button = Host.Telegram.State.DefaultMenuButton!.Value;
        Assert.Equal("web_app", button.GetProperty("type").GetString());
        Assert.Equal(MiniAppHost.PublicUrl + "/app/", button.GetProperty("web_app").GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_digest_ends_with_an_Open_button_for_its_date()
    {
        const long userId = 4001;

        var date = await Host.DeliverReferenceDigestAsync(userId);

        var last = Host.Telegram.State.SentMessages.Last(m => m.ChatId == userId);
        var (text, url) = Assert.Single(last.WebAppButtons);
        Assert.Equal("Open", text);
        Assert.Equal($"{MiniAppHost.PublicUrl}/app/?digest={date}", url);
        Assert.All(Host.Telegram.State.SentMessages.Where(m => m.ChatId == userId && m != last), m => Assert.Empty(m.WebAppButtons));
    }

    [Fact]
    public async Task A_summary_reply_has_an_Open_button_for_its_article()
    {
        var user = FakeUser.Create(4002);
        var article = Seeds.Read("000");

        Host.Telegram.Updates.EnqueueText(user, article);
        await Host.Telegram.State.WaitForAsync(s => s.Messages(user.Id).Any(m => m.WebAppButtons.Count > 0), TimeSpan.FromSeconds(60));

        var reply = Host.Telegram.State.Messages(user.Id).Last(m => m.WebAppButtons.Count > 0);
        var url = Assert.Single(reply.WebAppButtons).Url;
        Assert.StartsWith($"{MiniAppHost.PublicUrl}/app/?article=", url, StringComparison.Ordinal);
        var articleId = url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..];
        using var response = await Host.GetAsync($"/app/api/articles/{articleId}", Host.InitData(user.Id));
        using var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Blinken voices concern in Seoul over North Korea–Russia military cooperation", view.RootElement.GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("https://gist.example.org", -1004L, false)]
    [InlineData("http://gist.example.org", 1004L, false)]
    [InlineData(null, 1004L, false)]
    [InlineData("https://gist.example.org/", 1004L, true)]
    public void Open_is_offered_only_over_https_in_a_private_chat(string? publicUrl, long chatId, bool offered)
    {
        var links = new Telegram.Web.MiniAppLinks(Microsoft.Extensions.Options.Options.Create(new Telegram.Web.WebOptions { PublicUrl = publicUrl }));

        var button = links.ForDigest(chatId, new DateOnly(2023, 11, 10));

        Assert.Equal(offered, button is not null);
        Assert.Equal(offered ? "https://gist.example.org/app/?digest=2023-11-10" : null, button?.WebApp?.Url);
    }
}
