using Gist.Rendering.Tests.Support;

namespace Gist.Rendering.Tests;

public class TranslationRendererTests
{
    private readonly TranslationRenderer renderer = new();

    [Fact]
    public void Short_translation_is_one_message_with_a_title_line_and_no_part_marker()
    {
        var parts = this.renderer.Render("Blinken said he shares the concerns.\n\nHe met Park Jin.", Samples.SeoulArticle, "en", "Blinken voices concern");

        MessageAssert.Sendable(parts);
        var html = Assert.Single(parts);
        Assert.StartsWith("<b>Blinken voices concern</b>", html);
        Assert.Contains("<i>Translated from Arabic into English</i>", html);
        Assert.Contains("Source: <a href=\"https://example.com/news?id=1&amp;lang=ar\">Al Mustaqilla</a> · 2023-11-09", html);
        Assert.EndsWith("Blinken said he shares the concerns.\n\nHe met Park Jin.", html);
        Assert.DoesNotContain("(1/", html);
    }

    [Fact]
    public void Long_translation_is_split_with_part_markers_and_loses_nothing()
    {
        var paragraphs = Enumerable.Range(1, 120)
            .Select(i => $"Paragraph {i}: the minister said that <cooperation> & deterrence matter, 😀 «quoted» words.")
            .ToList();
        var translation = string.Join('\n', paragraphs);

        var parts = this.renderer.Render(translation, Samples.SeoulArticle, "English");

        MessageAssert.Sendable(parts);
        Assert.InRange(parts.Count, 3, 4);
        for (var i = 0; i < parts.Count; i++)
        {
            Assert.StartsWith($"<i>({i + 1}/{parts.Count})</i>\n", parts[i]);
        }

        var visible = string.Concat(parts.Select(MessageAssert.Visible));
        Assert.All(paragraphs, p => Assert.Contains(p, visible));
    }

    [Fact]
    public void Twenty_thousand_arabic_characters_in_one_paragraph_split_within_the_limit()
    {
        var parts = this.renderer.Render(Fixtures.ArabicParagraph(20_000), Samples.SeoulArticle with { Title = null }, "ar");

        MessageAssert.Sendable(parts);
        Assert.StartsWith("<i>(1/", parts[0]);
        Assert.Contains("<b>Full translation</b>\n<i>Translated from Arabic into Arabic</i>", parts[0]);
    }

    [Fact]
    public void An_english_translation_never_has_the_original_language_headline()
    {
        var html = Assert.Single(this.renderer.Render("Blinken said he shares the concerns.", Samples.SeoulArticle, "en"));

        Assert.StartsWith("<b>Full translation</b>", html);
        Assert.DoesNotContain("بلينكن يعبر", html);
    }

    [Fact]
    public void Empty_translation_says_so()
    {
        var html = Assert.Single(this.renderer.Render("  \n ", Samples.SeoulArticle, "en"));

        Assert.Contains("The translation came back empty.", html);
    }

    [Fact]
    public void Caption_sized_parts_are_possible()
    {
        var renderer = new TranslationRenderer(TelegramHtml.CaptionLimit);

        MessageAssert.Sendable(renderer.Render(Fixtures.SeoulArticle, Samples.SeoulArticle, "en"), TelegramHtml.CaptionLimit);
    }
}
