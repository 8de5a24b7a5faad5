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

    [Fact]
    public void Node_text_equals_text_content()
    {
        var doc = new HtmlParser().ParseDocument("<div>one <b>two</b><!-- note --><p>three <i>four</i></p> five<span></span></div><p></p>");

        foreach (var element in doc.Body!.QuerySelectorAll("*"))
        {
            Assert.Equal(element.TextContent, NodeText.Of(element));
        }

        Assert.Equal("one ", NodeText.Of(doc.QuerySelector("div")!.FirstChild!));
        var head = new char[5];
        Assert.Equal(5, NodeText.CopyPrefix(doc.QuerySelector("div")!, head));
        Assert.Equal("one t", new string(head));
        Assert.Equal(0, NodeText.CopyPrefix(doc.QuerySelector("span")!, head));
    }

    [Fact]
    public void Page_parser_keeps_link_elements_and_their_addresses_and_reuses_its_context()
    {
        const string html = "<html><head><link rel=\"stylesheet\" href=\"/site.css\"><link rel=\"canonical\" href=\"https://daily.example/a\"></head><body><p>x</p></body></html>";

        var first = PageParser.Parse(html);
        var second = PageParser.Parse(html);

        Assert.Equal(["/site.css", "https://daily.example/a"], first.QuerySelectorAll("link").Select(l => l.GetAttribute("href")));
        Assert.Same(first.Context, second.Context);
        Assert.NotSame(first, second);
    }

    [Theory]
    [InlineData("display:none", true)]
    [InlineData("color: red; DISPLAY : None", true)]
    [InlineData("visibility: hidden", true)]
    [InlineData("display: block", false)]
    [InlineData("visibility:visible; display:flex", false)]
    public void Inline_styles_that_hide_an_element_are_recognised(string style, bool hidden)
    {
        var doc = new HtmlParser().ParseDocument($"<div style=\"{style}\">text</div>");

        Assert.Equal(hidden, HiddenElements.IsHidden(doc.QuerySelector("div")!));
    }
}
