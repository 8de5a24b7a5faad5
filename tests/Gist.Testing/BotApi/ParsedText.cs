namespace Gist.Testing.BotApi;

/// <summary>Message text after entity parsing: what the user sees, and the entities over it.</summary>
public sealed record ParsedText(string Text, IReadOnlyList<FakeEntity> Entities)
{
    /// <summary>Length in UTF-16 code units, the unit of Telegram's 4096 limit.</summary>
    public int Length => Text.Length;
}
