using Gist.Core.Summaries;
using Gist.Summarization.Gate;
using Gist.Summarization.Prompts;
using Gist.Summarization.Tests.Llm;

namespace Gist.Summarization.Tests.Gate;

/// <summary>The gate's checks on their own: echoes, translations, quoted words.</summary>
public sealed class ModelTextGateCheckTests
{
    private const string Arabic = "و قال بلينكن إن كوريا الشمالية تزود روسيا بمعدات عسكرية لاستخدامها في حربها مع أوكرانيا. ";
    private const string English = "Blinken said North Korea is supplying Russia with military equipment for its war with Ukraine. ";

    private readonly ModelTextGate gate = new(SummarizerFactory.ScriptDetector(), SummarizerFactory.Prompts());

    [Fact]
    public void An_answer_that_repeats_the_delimiter_or_the_marker_lines_is_an_echo()
    {
        var source = ModelTextSource.Of(Arabic);
        var delimiter = ArticleDelimiter.New(Arabic);

        Assert.NotEmpty(gate.FindEchoes($"Value about \"{delimiter} ARTICLE START {Arabic}", source));
        Assert.NotEmpty(gate.FindEchoes("The text between ARTICLE START and the end says little.", source));
        Assert.Empty(gate.FindEchoes(English, source));
    }

    [Fact]
    public void Marker_words_the_article_itself_contains_are_not_an_echo()
    {
        Assert.Empty(gate.FindEchoes("The memo was titled ARTICLE START.", ModelTextSource.Of("A memo titled ARTICLE START leaked.")));
    }

    [Fact]
    public void An_answer_that_repeats_the_system_prompt_is_an_echo()
    {
        var prompt = SummarizerFactory.Prompts()["answer.system"].Text;
        var leaked = string.Join(' ', prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(40));

        var problems = gate.FindEchoes(leaked, ModelTextSource.Of(Arabic));

        Assert.Contains(problems, p => p.ForModel.Contains("repeats your instructions", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ForUser == "repeated the bot's own instructions");
    }

    [Fact]
    public void A_long_answer_that_shares_no_words_with_the_instructions_is_no_echo()
    {
        var answer = string.Concat(Enumerable.Repeat(English, 30));

        Assert.Empty(gate.FindEchoes(answer, ModelTextSource.None));
    }

    [Fact]
    public void A_plausible_translation_passes()
    {
        var source = string.Concat(Enumerable.Repeat(Arabic, 20));
        var translation = string.Concat(Enumerable.Repeat(English, 20));

        Assert.Empty(gate.CheckTranslation(translation, source, "en"));
    }

    [Fact]
    public void A_translation_five_times_the_article_is_not_one()
    {
        var source = string.Concat(Enumerable.Repeat(Arabic, 10));
        var translation = string.Concat(Enumerable.Repeat(English, 50));

        var problem = Assert.Single(gate.CheckTranslation(translation, source, "en"));
        Assert.Contains("far longer than the original", problem.ForUser, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_a_tenth_of_the_article_is_not_one()
    {
        var source = string.Concat(Enumerable.Repeat(Arabic, 30));
        var translation = string.Concat(Enumerable.Repeat(English, 3));

        var problem = Assert.Single(gate.CheckTranslation(translation, source, "en"));
        Assert.Contains("far shorter than the original", problem.ForUser, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_in_the_wrong_language_says_which()
    {
        var source = string.Concat(Enumerable.Repeat(Arabic, 5));

        var problem = Assert.Single(gate.CheckTranslation(source, source, "en"));

        Assert.Equal("was in Arabic, not English", problem.ForUser);
        Assert.Equal("the model's translation was in Arabic, not English, even when asked again", ModelTextGate.Reason("translation", [problem]));
    }

    [Fact]
    public void Chinese_weighs_more_per_character_so_its_english_translation_is_plausible()
    {
        // About 3.5 English letters per Chinese character: a raw ratio over 3, a weighted one near 1.
        var chinese = string.Concat(Enumerable.Repeat("外交部发言人表示，双方讨论了地区安全合作问题。", 20));
        var english = string.Concat(Enumerable.Repeat("A foreign ministry spokesman said both sides discussed regional security cooperation issues. ", 20));

        Assert.True(english.Length > 3 * chinese.Length);
        Assert.Empty(gate.CheckTranslation(english, chinese, "en"));
    }

    [Fact]
    public void An_empty_translation_is_not_one()
    {
        Assert.Equal("was empty", Assert.Single(gate.CheckTranslation("  ", Arabic, "en")).ForUser);
    }

    [Fact]
    public void Prose_that_is_too_long_or_echoes_fails_and_plain_prose_passes()
    {
        var source = ModelTextSource.Of(Arabic);

        Assert.Empty(gate.CheckProse(English, source, "en", 500));
        Assert.Contains(gate.CheckProse(string.Concat(Enumerable.Repeat(English, 10)), source, "en", 500), p => p.ForUser == "was far too long");
        Assert.Contains(gate.CheckProse("<<<0123456789ABCDEF>>> " + English, source, "en", 500), p => p.ForModel.Contains("marker lines", StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_words_not_in_the_article_are_caveated_and_its_own_words_are_not()
    {
        var source = ModelTextSource.Of(Arabic);
        const string Answer = "Blinken called it a \"two-way street\" and said «تزود روسيا بمعدات عسكرية» about the \"war\".";

        var caveated = QuotedWords.Caveated(Answer, source);

        Assert.Equal("Blinken called it a \"two-way street\"" + QuotedWords.Caveat + " and said «تزود روسيا بمعدات عسكرية» about the \"war\".", caveated);
        Assert.Equal(["two-way street"], QuotedWords.NotInSource(Answer, source));
    }

    [Fact]
    public void An_answer_passes_with_its_quotes_caveated_and_cleaned()
    {
        var answer = new ArticleAnswer("He said \"we will win\" at http://evil.example/x\u202E.", true, ["\u200Bتزود روسيا بمعدات عسكرية"], SummaryEngine.Llm);

        var passed = gate.Pass(answer, ModelTextSource.Of(Arabic));

        Assert.Equal("He said \"we will win\"" + QuotedWords.Caveat + " at hxxp://evil[.]example/x.", passed.Answer);
        Assert.Equal(["تزود روسيا بمعدات عسكرية"], passed.Quotes);
    }
}
