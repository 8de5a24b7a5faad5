using Gist.Testing.BotApi;

namespace Gist.Testing.Tests.BotApi;

public sealed class HtmlEntityParserTests
{
    [Fact]
    public void Every_supported_tag_parses_into_its_entity()
    {
        const string html = "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike>" +
            "<del>d</del><span class=\"tg-spoiler\">p</span><tg-spoiler>q</tg-spoiler><a href=\"https://x.example/?a=1&amp;b=2\">a</a>" +
            "<code>c</code><pre><code class=\"language-csharp\">x</code></pre><blockquote>q</blockquote>" +
            "<blockquote expandable>long</blockquote><tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>";

        var parsed = HtmlEntityParser.Parse(html);

        Assert.Equal("bsieunskdpqacxqlong👍", parsed.Text);
        Assert.Equal(
            ["bold", "bold", "italic", "italic", "underline", "underline", "strikethrough", "strikethrough", "strikethrough",
             "spoiler", "spoiler", "text_link", "code", "code", "pre", "blockquote", "expandable_blockquote", "custom_emoji"],
            parsed.Entities.Select(e => e.Type));
        Assert.Equal("https://x.example/?a=1&b=2", parsed.Entities.Single(e => e.Type == "text_link").Url);
        Assert.Equal("csharp", parsed.Entities.Single(e => e.Type == "code" && e.Language is not null).Language);
    }

    [Fact]
    public void Entities_decode_and_count_as_one_utf16_unit_each()
    {
        var parsed = HtmlEntityParser.Parse("&lt;&gt;&amp;&quot;&#65;&#x1F600;");

        Assert.Equal("<>&\"A😀", parsed.Text);
        Assert.Equal(7, parsed.Length);
    }

    [Fact]
    public void Offsets_and_lengths_are_utf16_units_of_the_visible_text()
    {
        var parsed = HtmlEntityParser.Parse("😀 <b>قال الوزير</b>");

        var bold = Assert.Single(parsed.Entities);
        Assert.Equal(3, bold.Offset);
        Assert.Equal("قال الوزير", parsed.Text.Substring(bold.Offset, bold.Length));
    }

    [Fact]
    public void Tag_names_are_case_insensitive_and_bare_greater_than_is_text()
    {
        var parsed = HtmlEntityParser.Parse("<B>x</b> a > b");

        Assert.Equal("x a > b", parsed.Text);
    }

    [Fact]
    public void Leading_and_trailing_whitespace_is_trimmed_as_telegram_does()
    {
        var parsed = HtmlEntityParser.Parse("\n  <b>x</b>  \n");

        Assert.Equal("x", parsed.Text);
        Assert.Equal(0, Assert.Single(parsed.Entities).Offset);
    }

    [Theory]
    [InlineData("<p>x</p>", "Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("<br/>", "Unsupported start tag \"br/\"")]
    [InlineData("é <b", "Unclosed start tag at byte offset 3")]
    [InlineData("</b>", "Unexpected end tag at byte offset 0")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("<a href=\"x>y</a>", "Unclosed start tag")]
    [InlineData("<code>", "Can't find end tag corresponding to start tag \"code\"")]
    [InlineData("a & b", "Unescaped \"&\" at byte offset 2")]
    [InlineData("&copy;", "Unsupported HTML entity \"&copy;\"")]
    [InlineData("&#xD800;", "Invalid numeric HTML entity")]
    [InlineData("&#;", "Invalid numeric HTML entity")]
    [InlineData("<tg-emoji>x</tg-emoji>", "Custom emoji entity must contain")]
    [InlineData("<span class=\"x\">y</span>", "Tag \"span\" must have class \"tg-spoiler\"")]
    public void Html_telegram_refuses_is_refused_with_a_precise_reason(string html, string reason)
    {
        var accepted = HtmlEntityParser.TryParse(html, out _, out var error);

        Assert.False(accepted);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_attributes_are_ignored_like_tdlib_does()
    {
        Assert.Equal("x", HtmlEntityParser.Parse("<b data-x='1' title=y>x</b>").Text);
    }

    [Fact]
    public void A_link_without_href_keeps_its_text_and_loses_the_entity()
    {
        var parsed = HtmlEntityParser.Parse("<a>plain</a>");

        Assert.Equal("plain", parsed.Text);
        Assert.Empty(parsed.Entities);
    }
}
