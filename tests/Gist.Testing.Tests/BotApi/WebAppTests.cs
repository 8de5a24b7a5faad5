using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Testing.Tests.BotApi;

/// <summary>Mini App buttons as the Bot API takes them: web_app needs https and a private chat; the menu button is kept.</summary>
public sealed class WebAppTests : BotApiFixture
{
    [Fact]
    public async Task A_web_app_button_in_a_private_chat_is_recorded()
    {
        var markup = new InlineKeyboardMarkup(InlineKeyboardButton.WithWebApp("Open", new WebAppInfo("https://bot.example/app/?digest=2023-11-10")));

        await Bot.SendMessage(Alice.Id, "Your digest", replyMarkup: markup);

        var (text, url) = Assert.Single(Assert.Single(Server.State.Messages(Alice.Id)).WebAppButtons);
        Assert.Equal(("Open", "https://bot.example/app/?digest=2023-11-10"), (text, url));
    }

    [Fact]
    public async Task A_web_app_button_over_http_or_in_a_group_is_refused()
    {
        var http = new InlineKeyboardMarkup(InlineKeyboardButton.WithWebApp("Open", new WebAppInfo("http://bot.example/app/")));
        var https = new InlineKeyboardMarkup(InlineKeyboardButton.WithWebApp("Open", new WebAppInfo("https://bot.example/app/")));

        var insecure = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, "x", replyMarkup: http));
        var group = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(-4004, "x", replyMarkup: https));

        Assert.Contains("Only HTTPS links are allowed", insecure.Message, StringComparison.Ordinal);
        Assert.Contains("BUTTON_TYPE_INVALID", group.Message, StringComparison.Ordinal);
        Assert.Empty(Server.State.SentMessages);
    }

    [Fact]
    public async Task The_menu_button_is_set_and_read_back()
    {
        await Bot.SetChatMenuButton(menuButton: new MenuButtonWebApp { Text = "Open", WebApp = new WebAppInfo("https://bot.example/app/") });

        var button = Assert.IsType<MenuButtonWebApp>(await Bot.GetChatMenuButton());
        Assert.Equal(("Open", "https://bot.example/app/"), (button.Text, button.WebApp.Url));
        Assert.Equal("web_app", Server.State.DefaultMenuButton!.Value.GetProperty("type").GetString());
        await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SetChatMenuButton(menuButton: new MenuButtonWebApp { Text = "Open", WebApp = new WebAppInfo("http://bot.example/app/") }));
    }
}
