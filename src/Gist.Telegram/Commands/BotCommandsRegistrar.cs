using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Gist.Telegram.Commands;

/// <summary>
/// Registers the command menu at start (https://core.telegram.org/bots/api#setmycommands), from the handlers'
/// descriptions (<see cref="CommandMenu"/>).
/// </summary>
public sealed class BotCommandsRegistrar(ITelegramBotClient bot, CommandMenu menu, ILogger<BotCommandsRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bot.SetMyCommands(menu.Commands, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The menu is a convenience; the bot works without it.
            logger.LogError(ex, "setMyCommands failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
