namespace Gist.Input.Links;

/// <summary>
/// A Telegram MessageEntity, reduced to what link finding needs (Bot API "MessageEntity": type, offset and
/// length in UTF-16 code units, and url for "text_link").
/// </summary>
/// <param name="Type">"url", "text_link", or any other entity type (ignored).</param>
/// <param name="Offset">Start in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Url">The address of a "text_link" entity.</param>
public sealed record TextEntity(string Type, int Offset, int Length, string? Url = null);
