using Gist.Telegram.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace Gist.Telegram.Commands;

/// <summary>
/// The commands shown in Telegram's menu and in /help, read from the registered handlers' descriptions, so a command
/// registered by any feature (digests, access) appears in both without being listed anywhere else.
/// </summary>
public sealed class CommandMenu(IServiceScopeFactory scopes)
{
    private readonly Lazy<IReadOnlyList<HandlerDescription>> descriptions = new(() => Read(scopes));

    /// <summary>The menu's commands' descriptions, in menu order.</summary>
    public IReadOnlyList<HandlerDescription> Descriptions => descriptions.Value;

    public IReadOnlyList<BotCommand> Commands => Descriptions.Select(d => new BotCommand { Command = d.Command!, Description = d.MenuText! }).ToList();

    private static IReadOnlyList<HandlerDescription> Read(IServiceScopeFactory scopes)
    {
        // Handlers are scoped (they hold the update's services); a scope of its own only reads their descriptions.
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<IInputHandler>()
            .Select(h => h.Description)
            .Where(d => d is { Command: not null, MenuText: not null })
            .OrderBy(d => d.MenuPosition)
            .ToList();
    }
}
