namespace Gist.Testing.BotApi;

/// <summary>A message entity (Bot API type <c>MessageEntity</c>); offsets and lengths are UTF-16 code units.</summary>
public sealed record FakeEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null,
    string? CustomEmojiId = null)
{
    /// <summary>A <c>text_link</c> over the first occurrence of <paramref name="anchor"/> in <paramref name="text"/>.</summary>
    public static FakeEntity TextLink(string text, string anchor, string url) =>
        new("text_link", IndexOf(text, anchor), anchor.Length, url);

    /// <summary>A <c>url</c> entity over the first occurrence of <paramref name="url"/> in <paramref name="text"/>.</summary>
    public static FakeEntity UrlIn(string text, string url) => new("url", IndexOf(text, url), url.Length);

    private static int IndexOf(string text, string part)
    {
        // string.IndexOf counts UTF-16 code units, exactly what Bot API offsets are.
        var index = text.IndexOf(part, StringComparison.Ordinal);
        return index >= 0 ? index : throw new ArgumentException($"'{part}' does not occur in the text.", nameof(part));
    }
}
