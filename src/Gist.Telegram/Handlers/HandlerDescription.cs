namespace Gist.Telegram.Handlers;

/// <summary>
/// What a handler is, in one place: the dispatcher orders handlers by <see cref="Order"/>, the access gate meters
/// those that <see cref="CostsModelCall"/>, and the command menu and /help list the commands that have
/// <see cref="MenuText"/> (by <see cref="MenuPosition"/>). Adding a command is writing its handler and registering it.
/// </summary>
/// <param name="Order">Lower is asked first (see <see cref="HandlerOrder"/>); equal orders keep registration order.</param>
/// <param name="CostsModelCall">Its work may call the model (summaries, translations, answers): it counts toward the daily quota.</param>
/// <param name="Command">The command's name without the slash, lower case; null for handlers of other input.</param>
/// <param name="MenuText">The line in the command menu and /help; null keeps a command out of both (/start, admin commands).</param>
/// <param name="MenuPosition">Where the command stands in the menu and /help, lowest first.</param>
/// <param name="Group">The group of /help the command is listed under.</param>
/// <param name="Usage">How /help shows the command when it needs an argument ("/digest now"); else "/command".</param>
public sealed record HandlerDescription(int Order, bool CostsModelCall, string? Command, string? MenuText, int MenuPosition, HelpGroup Group = HelpGroup.Settings, string? Usage = null)
{
    /// <summary>A handler of input other than a command (text, links, files, buttons).</summary>
    public static HandlerDescription Input(int order, bool costsModelCall) => new(order, costsModelCall, null, null, 0);

    /// <summary>A command shown in the menu and /help at <paramref name="menuPosition"/>.</summary>
    public static HandlerDescription MenuCommand(string command, string menuText, int menuPosition, bool costsModelCall = false, HelpGroup group = HelpGroup.Settings, string? usage = null) =>
        new(HandlerOrder.Commands, costsModelCall, command, menuText, menuPosition, group, usage);

    /// <summary>A command kept out of the menu and /help.</summary>
    public static HandlerDescription HiddenCommand(string command) => new(HandlerOrder.Commands, false, command, null, 0);
}
