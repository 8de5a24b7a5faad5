using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Gist.Telegram.Commands;

/// <summary>Registers the command menu at start (https://core.telegram.org/bots/api#setmycommands).</summary>
public sealed class BotCommandsRegistrar(ITelegramBotClient bot, ILogger<BotCommandsRegistrar> logger) : IHostedService
{
    public static readonly BotCommand[] Commands =
    [
        new() { Command = "help", Description = "What Gist does and how to use it" },
        new() { Command = "summarize", Description = "Summarize the message you reply to" },
        new() { Command = "language", Description = "Language of the answers (English by default)" },
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bot.SetMyCommands(Commands, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The menu is a convenience; the bot works without it.
            logger.LogError(ex, "setMyCommands failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
