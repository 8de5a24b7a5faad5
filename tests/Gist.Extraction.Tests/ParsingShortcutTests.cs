using AngleSharp.Html.Parser;
using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

public class ParsingShortcutTests
{
    [Fact]
    public void Json_ld_blocks_are_read_from_the_source_and_other_scripts_are_not()
    {
        const string html =
            "<html><head><script>var x = '<script type=\"application/ld+json\">';</script>" +
            "<SCRIPT type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"A\"}</SCRIPT>" +
            "<script src=\"/app.js\"></script><script type=\"application/ld+json\">[1]</script></head><body></body></html>";

        Assert.Equal(["{\"@type\":\"NewsArticle\",\"headline\":\"A\"}", "[1]"], JsonLdScripts.Find(html));
    }

    [Fact]
    public void Unclosed_script_ends_the_scan_without_error() =>
        Assert.Empty(JsonLdScripts.Find("<p>text</p><script type=\"application/ld+json\">{\"a\":1}"));

    [Fact]
    public void Text_length_equals_text_content_length_and_stops_past_the_limit()
    {
        var doc = new HtmlParser().ParseDocument("<div>one <b>two</b><p>three <i>four</i></p> five</div>");
        var div = doc.QuerySelector("div")!;

        Assert.Equal(div.TextContent.Length, TextLength.Of(div));
        Assert.InRange(TextLength.Of(div, 5), 6, div.TextContent.Length);
    }
}
