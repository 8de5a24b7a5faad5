using Gist.Rendering.Tests.Support;

namespace Gist.Rendering.Tests;

public class AnswerRendererTests
{
    private readonly AnswerRenderer renderer = new();

    [Fact]
    public void Found_answer_is_followed_by_the_quoted_passages()
    {
        var parts = renderer.Render(
            "Blinken said the cooperation is a \"two-way street\" & worrying.",
            true,
            ["و الذي وصفه بأنه “طريق ذو اتجاهين”", "  ", Fixtures.ArabicParagraph(400)]);

        MessageAssert.Sendable(parts);
        var html = Assert.Single(parts);
        Assert.StartsWith("Blinken said the cooperation is a \"two-way street\" &amp; worrying.", html);
        Assert.Contains("<i>From the article:</i>\n\n<blockquote>و الذي وصفه بأنه “طريق ذو اتجاهين”</blockquote>", html);
        Assert.Contains("<blockquote expandable>", html);
        Assert.DoesNotContain("does not say", html);
    }

    [Fact]
    public void Not_found_leads_with_a_clear_statement_and_does_not_repeat_it()
    {
        var parts = renderer.Render("The article does not say.\nIt only covers the Seoul visit.", false, []);

        var html = Assert.Single(parts);
        Assert.Equal("<b>The article does not say.</b>\n\nIt only covers the Seoul visit.", html);
    }

    [Fact]
    public void Not_found_with_passages_calls_them_the_closest_ones()
    {
        var html = renderer.Render("", false, ["نص"])[0];

        Assert.Equal("<b>The article does not say.</b>\n\n<i>The closest passages in the article:</i>\n\n<blockquote>نص</blockquote>", html);
    }

    [Fact]
    public void An_empty_answer_is_treated_as_not_found()
    {
        Assert.Equal(["<b>The article does not say.</b>"], renderer.Render(" ", true, []));
    }

    [Fact]
    public void Markup_in_the_answer_is_escaped()
    {
        var visible = MessageAssert.Visible(renderer.Render("<b>bold</b> & </i>", true, ["<script>"])[0]);

        Assert.Contains("<b>bold</b> & </i>", visible);
        Assert.Contains("<script>", visible);
    }
}
