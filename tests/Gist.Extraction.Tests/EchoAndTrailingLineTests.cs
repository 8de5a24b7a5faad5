using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

public class EchoAndTrailingLineTests
{
    private const string Story = "The council approved the budget on Monday.\nThe vote was 7 to 2.";

    [Fact]
    public void Headline_repeated_as_the_first_paragraph_is_removed()
    {
        var body = "Council approves the 2019 budget\n" + Story;

        Assert.Equal(Story, EchoLines.Remove(body, "Council approves the 2019 budget | City News"));
    }

    [Fact]
    public void First_paragraph_that_only_shares_words_with_the_title_stays()
    {
        var body = "Council approves the 2019 budget after a long night of debate and two recesses.\n" + Story;

        Assert.Equal(body, EchoLines.Remove(body, "Council approves the 2019 budget"));
    }

    [Theory]
    [InlineData("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad")]
    [InlineData("Posted by Jane Doe on November 20, 2019")]
    [InlineData("بقلم: أحمد علي - 12/05/2023")]
    public void Byline_with_a_date_under_the_headline_is_removed(string byline) =>
        Assert.Equal(Story, EchoLines.Remove(byline + "\n" + Story, title: null));

    [Fact]
    public void Byline_words_deep_in_the_story_stay()
    {
        var body = Story + "\nMore text.\nThe report, written by the auditor on 12/05/2023, was published.";

        Assert.Equal(body, EchoLines.Remove(body, title: null));
    }

    [Theory]
    [InlineData("The novel was written by a former minister.")]
    [InlineData("نشر في 12 مايو 2023 تقرير يفيد بأن المحادثات توقفت.")]
    [InlineData("Posted by the ministry on 12/05/2023, the statement denied the report.")]
    [InlineData("كتب الرئيس في تغريدة يوم 12/05/2023 أن المفاوضات مستمرة")]
    public void Sentences_naming_an_author_or_a_publication_stay(string line) =>
        Assert.False(EchoLines.IsByline(line));

    [Fact]
    public void Line_that_is_the_page_own_address_is_removed_and_other_links_stay()
    {
        const string own = "https://news.example/politics/article/budget-14848253.php";
        var body = own + "\n" + Story + "\nhttp://amzn.to/2iJFhRj";

        Assert.Equal(Story + "\nhttp://amzn.to/2iJFhRj", EchoLines.Remove(body, null, own));
    }

    [Fact]
    public void Footer_headings_and_comment_rules_after_the_story_are_trimmed()
    {
        var body = Story + "\nATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.\nRECENT ARTICLES\nPopular\nHome";

        Assert.Equal(Story, TrailingFurniture.Trim(body));
    }

    [Fact]
    public void A_last_sentence_about_moderation_is_the_story_not_house_rules()
    {
        var body = Story + "\nThe platform said its moderators would approve every comment before publication.";

        Assert.Equal(body, TrailingFurniture.Trim(body));
    }

    [Fact]
    public void Same_words_inside_the_story_are_kept()
    {
        var body = "Home\nThe platform says moderators approve every comment before it appears.\n" + Story;

        Assert.Equal(body, TrailingFurniture.Trim(body));
    }

    [Theory]
    [InlineData("/*")]
    [InlineData("*/")]
    [InlineData("<!--")]
    public void Bare_comment_delimiters_are_boilerplate(string line) => Assert.True(BoilerplateLines.IsBoilerplate(line));
}
