using Gist.Input.Links;

namespace Gist.Input.Tests.Links;

public sealed class UrlFinderTests
{
    [Fact]
    public void Url_entities_are_read_in_utf16_units_after_emoji_and_arabic()
    {
        // "🔥" is two UTF-16 units, as Telegram counts offsets.
        var text = "🔥 عاجل https://example.com/a و example.org/b";
        var first = text.IndexOf("https://", StringComparison.Ordinal);
        var second = text.IndexOf("example.org", StringComparison.Ordinal);
        var entities = new[] { new TextEntity("url", second, "example.org/b".Length), new TextEntity("url", first, "https://example.com/a".Length) };

        var urls = UrlFinder.Find(text, entities);

        Assert.Equal(["https://example.com/a", "https://example.org/b"], urls.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Text_links_and_duplicates_are_merged_in_order()
    {
        var text = "Read this and this: https://example.com/a";
        var entities = new[]
        {
            new TextEntity("text_link", 5, 4, "https://news.example/story?id=1"),
            new TextEntity("bold", 0, 4),
            new TextEntity("url", 20, 21),
            new TextEntity("text_link", 14, 4, "https://EXAMPLE.com/a"),
        };

        var urls = UrlFinder.Find(text, entities);

        Assert.Equal(["https://news.example/story?id=1", "https://example.com/a"], urls.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Non_web_links_and_out_of_range_entities_are_skipped()
    {
        var text = "write to me";
        var entities = new[]
        {
            new TextEntity("text_link", 0, 5, "tg://user?id=1"),
            new TextEntity("text_link", 0, 5, "mailto:a@example.com"),
            new TextEntity("text_link", 0, 5, "ftp://example.com/file"),
            new TextEntity("url", 5, 100),
            new TextEntity("url", -1, 3),
            new TextEntity("text_link", 0, 5, null),
        };

        Assert.Empty(UrlFinder.Find(text, entities));
        Assert.Empty(UrlFinder.Find(null, null));
    }

    [Fact]
    public void Plain_text_links_lose_trailing_punctuation()
    {
        var urls = UrlFinder.FindInPlainText("See (https://example.com/a), then www.example.org/b. And https://example.com/a again.");

        Assert.Equal(["https://example.com/a", "https://www.example.org/b"], urls.Select(u => u.AbsoluteUri));
    }
}
