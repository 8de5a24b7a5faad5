using Gist.Summarization.Llm;

namespace Gist.Summarization.Tests.Llm;

public sealed class PromptEchoTests
{
    private static readonly PromptEcho Echo = new(["You are Gist, a careful news analyst. You read one news article, in any language, and report what it says in English."]);

    [Fact]
    public void An_answer_longer_than_a_short_article_is_not_an_echo_when_it_shares_no_words_with_the_instructions()
    {
        // A Chinese article has few space-separated "words"; the English answer has many more.
        const string article = "西江高速铁路于18日上午正式开通运营，沿线设站九座。";
        const string answer = "The 286 km Xijiang high-speed railway opens, cutting travel between two cities to about an hour, with nine stations along the line.";

        Assert.Equal(0, Echo.LongestRun(answer, article));
    }

    [Fact]
    public void A_copy_of_the_instructions_is_an_echo_of_their_length()
    {
        const string answer = "Sure. You are Gist, a careful news analyst. You read one news article, in any language, and report what it says.";

        Assert.Equal(20, Echo.LongestRun(answer, "Ein kurzer Artikel über etwas anderes."));
    }
}
