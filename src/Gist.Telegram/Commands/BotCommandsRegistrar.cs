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
        new() { Command = "subscribe", Description = "Follow a news feed or site in your daily digest" },
        new() { Command = "subscriptions", Description = "Your feeds: remove them or set keyword filters" },
        new() { Command = "unsubscribe", Description = "Stop following a feed" },
        new() { Command = "digest", Description = "\"/digest now\" sends your digest at once" },
        new() { Command = "digest_time", Description = "When your daily digest comes (e.g. 08:00)" },
        new() { Command = "timezone", Description = "Your time zone (Asia/Riyadh, a city, or UTC+3)" },
        new() { Command = "filter", Description = "Keyword filters of a feed: /filter 1 +word -word" },
        new() { Command = "reading", Description = "Your own articles in the digest: on or off" },
        new() { Command = "export", Description = "Your feeds as an OPML file" },
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
