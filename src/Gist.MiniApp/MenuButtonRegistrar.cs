using Gist.Telegram.Web;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Gist.MiniApp;

/// <summary>
/// Sets the bot's default menu button to open the Mini App (https://core.telegram.org/bots/api#setchatmenubutton)
/// when it is served over https.
/// </summary>
public sealed class MenuButtonRegistrar(ITelegramBotClient bot, MiniAppLinks links, ILogger<MenuButtonRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (links.AppUrl is not { } url)
        {
            return;
        }

        try
        {
            await bot.SetChatMenuButton(menuButton: new MenuButtonWebApp { Text = MiniAppLinks.ButtonText, WebApp = new WebAppInfo(url) }, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The menu button is a convenience: the Open buttons under digests and summaries still work.
            logger.LogError(ex, "setChatMenuButton failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
