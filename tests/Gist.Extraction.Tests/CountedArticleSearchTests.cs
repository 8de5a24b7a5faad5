using System.Text.Json;
using AngleSharp.Html.Parser;
using Gist.Extraction.Extraction;
using Gist.Extraction.Extraction.Search;

namespace Gist.Extraction.Tests;

/// <summary>
/// The counted article search (<see cref="ArticleSearch.CountedScores"/>): Readability's scoring over counts made
/// once per node. These pin what it must do on its own; its benchmark figures are in docs/EXTRACTION.md.
/// </summary>
public class CountedArticleSearchTests
{
    private static readonly string Prose = string.Join(' ', Enumerable.Repeat(
        "The minister said on Tuesday that the talks, which lasted six hours, had produced an agreement on water, power and roads.", 3));

    [Fact]
    public void Counts_a_run_of_white_space_as_one_character_and_commas_of_every_script()
    {
        var body = Body("<div id='x'><p>a  \n  b, c، d，e</p><a href='/'>link</a></div>");

        var counts = NodeCounter.Count(body, []);

        var div = counts[body.QuerySelector("#x")!];
        Assert.Equal("a b, c، d，e".Length + "link".Length, div.Chars);
        Assert.Equal(3, div.Commas);
        Assert.Equal("link".Length, div.LinkChars);
        Assert.Equal(1, div.Paragraphs);
    }

    [Fact]
    public void Chooses_the_story_over_a_longer_list_of_links()
    {
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href='/s/{i}'>Another story headline number {i} about the region</a></li>"));
        var body = Body($"<div class='sidebar-list'><ul>{links}</ul></div><div class='story'><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p></div>");

        var text = CountedArticleSearch.Find(body);

        Assert.NotNull(text);
        Assert.Contains("produced an agreement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another story headline", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Joins_a_second_section_of_the_story_that_carries_the_same_class()
    {
        var body = Body($"<main><div class='story-part'><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p></div>" +
            "<div class='ad-slot-wide'><a href='/ad'>Advertisement</a></div>" +
            "<div class='story-part'><p>In the second half, officials said the agreement would be signed in Cairo, Amman and Baghdad within weeks.</p></div></main>");

        var text = CountedArticleSearch.Find(body);

        Assert.Contains("signed in Cairo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_link_lines_out_of_the_text_without_removing_them_from_the_page()
    {
        var body = Body($"<div class='story'><p>{Prose}</p><p>{Prose}</p><div class='linkback'>Related: <a href='/r'>Earlier coverage of the talks</a></div><p>{Prose}</p></div>");

        var text = CountedArticleSearch.Find(body);

        Assert.DoesNotContain("Earlier coverage", text, StringComparison.Ordinal);
        // The page itself is untouched, so the fallback (SmartReader) still reads all of it when it runs.
        Assert.NotNull(body.QuerySelector(".linkback"));
    }

    [Fact]
    public void Finds_nothing_under_five_hundred_characters_so_the_extractor_falls_back()
    {
        var body = Body("<div class='story'><p>A short note of forty words or so, with commas, and not much else to read here.</p></div>");

        Assert.Null(CountedArticleSearch.Find(body));
        var article = new ArticleExtractor(ArticleSearch.CountedScores).Extract($"<html><head><title>Note</title></head><body>{body.InnerHtml}</body></html>");
        Assert.Contains("A short note", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NewsroomPageTests.Pages), MemberType = typeof(NewsroomPageTests))]
    public void Newsroom_pages_match_their_ground_truth_as_with_readability(string page)
    {
        var html = Fixture.Text($"newsroom/{page}.html");
        using var json = JsonDocument.Parse(Fixture.Text($"newsroom/{page}.json"));
        var truth = json.RootElement.GetProperty("articleBody").GetString()!;

        var text = new ArticleExtractor(ArticleSearch.CountedScores).Extract(html, new Uri($"https://news.example/{page}")).Text;

        Assert.True(ShingleF1.Of(truth, text) >= 0.97, $"{page}: F1 {ShingleF1.Of(truth, text):F3}\n{text}");
    }

    private static AngleSharp.Dom.IElement Body(string html) =>
        new HtmlParser().ParseDocument($"<html><body>{html}</body></html>").Body!;
}
