using Gist.Rendering.Tests.Support;

namespace Gist.Rendering.Tests;

/// <summary>The test validator must itself reject what the Bot API rejects, or the properties prove nothing.</summary>
public class ValidatorTests
{
    [Theory]
    [InlineData("<b>unclosed")]
    [InlineData("</i>")]
    [InlineData("<b><i>x</b></i>")]
    [InlineData("<script>x</script>")]
    [InlineData("<p>x</p>")]
    [InlineData("a & b")]
    [InlineData("a > b")]
    [InlineData("&nbsp;")]
    [InlineData("&#xD800;")]
    [InlineData("&#")]
    [InlineData("<blockquote><blockquote>x</blockquote></blockquote>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"https://a.org\"><a href=\"https://b.org\">x</a></a>")]
    [InlineData("<pre><b>x</b></pre>")]
    [InlineData("<code class=\"language-cs\">x</code>")]
    [InlineData("<b class=\"x\">x</b>")]
    public void Rejects_what_the_bot_api_rejects(string html)
    {
        Assert.False(TelegramHtmlValidator.Check(html).IsValid);
    }

    [Fact]
    public void Rejects_lone_surrogates()
    {
        // Not an InlineData: xunit's serialization would replace the lone surrogate.
        Assert.False(TelegramHtmlValidator.Check("x\uD800y").IsValid);
        Assert.False(TelegramHtmlValidator.Check("x\uDC00").IsValid);
    }

    [Theory]
    [InlineData("<b>a</b><strong>b</strong><i>c</i><em>d</em><u>e</u><ins>f</ins><s>g</s><strike>h</strike><del>i</del>")]
    [InlineData("<tg-spoiler>x</tg-spoiler><span class=\"tg-spoiler\">y</span>")]
    [InlineData("<pre><code class=\"language-python\">print(1)</code></pre>")]
    [InlineData("<blockquote expandable><b>قال</b> &lt;&gt;&amp;&quot;&#1575;&#x1F600;</blockquote>")]
    [InlineData("<a href=\"tg://user?id=1\">me</a> 😀")]
    public void Accepts_what_the_bot_api_accepts(string html)
    {
        var check = TelegramHtmlValidator.Check(html);
        Assert.True(check.IsValid, check.Error);
    }
}
