namespace Gist.Testing.BotApi;

/// <summary>A command registered with setMyCommands (Bot API type <c>BotCommand</c>).</summary>
public sealed record FakeBotCommand(string Command, string Description);
