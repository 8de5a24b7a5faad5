namespace Gist.MiniApp.Auth;

/// <summary>The Telegram user a request is from; their private chat with the bot has the same id.</summary>
/// <param name="IsDev">Served through the dev switch, without initData.</param>
public sealed record MiniAppUser(long Id, string? FirstName, string? Username, bool IsDev);
