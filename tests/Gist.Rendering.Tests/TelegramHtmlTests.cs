using Gist.Rendering.Tests.Support;

namespace Gist.Rendering.Tests;

public class TelegramHtmlTests
{
    [Fact]
    public void Escape_replaces_only_ampersand_and_angle_brackets()
    {
        Assert.Equal("a &amp; b &lt; c &gt; d \"q\" 'x'", TelegramHtml.Escape("a & b < c > d \"q\" 'x'"));
    }

    [Fact]
    public void Escape_returns_clean_text_without_copying()
    {
        const string text = "قال بلينكن 😀 Seoul";
        Assert.Same(text, TelegramHtml.Escape(text));
    }

    [Fact]
    public void Escape_turns_model_markup_into_visible_text()
    {
        var html = TelegramHtml.Escape("<b>unclosed </i><script>x</script> &amp; &#");

        Assert.Equal("<b>unclosed </i><script>x</script> &amp; &#", MessageAssert.Visible(html));
    }

    [Fact]
    public void Escape_replaces_lone_surrogates_and_drops_control_characters()
    {
        var html = TelegramHtml.Escape("a\uD800b\uDC00c\u0000d\u001Be\tf\ng😀");

        Assert.Equal("a\uFFFDb\uFFFDcde\tf\ng😀", html);
        Assert.True(TelegramHtmlValidator.Check(html).IsValid);
    }

    [Fact]
    public void Attribute_escaping_also_escapes_double_quotes()
    {
        Assert.Equal("say &quot;hi&quot; &amp; &lt;go&gt;", TelegramHtml.EscapeAttribute("say \"hi\" & <go>"));
    }

    [Fact]
    public void Link_escapes_the_address_and_the_label()
    {
        var html = TelegramHtml.Link("https://example.com/?a=1&b=\"2\"", "<Al> & co");

        Assert.Equal("<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\">&lt;Al&gt; &amp; co</a>", html);
        Assert.Equal("<Al> & co", MessageAssert.Visible(html));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.com/file")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("https://exa mple.com")]
    [InlineData("")]
    [InlineData(null)]
    public void Link_to_a_refused_address_is_plain_escaped_text(string? url)
    {
        Assert.Equal("x &lt; y", TelegramHtml.Link(url, "x < y"));
        Assert.False(TelegramHtml.IsAllowedHref(url));
    }

    [Theory]
    [InlineData("https://example.com/a")]
    [InlineData("http://127.0.0.1:8080/x?y=1")]
    [InlineData("HTTPS://EXAMPLE.COM")]
    [InlineData("tg://user?id=123")]
    [InlineData("https://t.me/bbcarabic/12345")]
    public void Http_https_and_tg_addresses_are_allowed(string url)
    {
        Assert.True(TelegramHtml.IsAllowedHref(url));
    }

    [Fact]
    public void Builders_escape_their_text_and_produce_valid_tags()
    {
        var html = string.Concat(
            TelegramHtml.Bold("<1>"), TelegramHtml.Italic("&"), TelegramHtml.Underline("u"),
            TelegramHtml.Strikethrough("s"), TelegramHtml.Code("a<b"), TelegramHtml.Pre("if (a > b)"),
            TelegramHtml.Blockquote("q"), TelegramHtml.Blockquote("long", expandable: true),
            TelegramHtml.BoldHtml(TelegramHtml.Italic("bi")));

        Assert.Equal(
            "<b>&lt;1&gt;</b><i>&amp;</i><u>u</u><s>s</s><code>a&lt;b</code><pre>if (a &gt; b)</pre>"
            + "<blockquote>q</blockquote><blockquote expandable>long</blockquote><b><i>bi</i></b>",
            html);
        Assert.True(TelegramHtmlValidator.Check(html).IsValid);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("<b>abc</b>", 3)]
    [InlineData("&lt;&gt;&amp;&quot;", 4)]
    [InlineData("&#1575;&#x627;", 2)]
    [InlineData("&#x1F600;", 2)]
    [InlineData("😀", 2)]
    [InlineData("<blockquote expandable>قال</blockquote>", 3)]
    [InlineData("<a href=\"https://x.org/?a=1&amp;b=2\">link</a>", 4)]
    [InlineData("e\u0301", 2)]
    public void Visible_length_counts_utf16_units_after_entity_parsing(string html, int expected)
    {
        Assert.Equal(expected, TelegramHtml.VisibleLength(html));
    }

    [Theory]
    [InlineData("a & b", 5)]
    [InlineData("&#xD800;", 8)]
    [InlineData("1 < 2", 5)]
    public void Visible_length_of_loose_markup_counts_stray_characters_as_text(string html, int expected)
    {
        Assert.Equal(expected, TelegramHtml.VisibleLength(html));
    }
}
