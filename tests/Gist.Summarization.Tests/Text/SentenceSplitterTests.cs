using Gist.Summarization.Text;

namespace Gist.Summarization.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Arabic_sentences_split_at_full_stops_and_question_marks_with_closing_quotes()
    {
        var text = "قال بلينكن: “لدينا مخاوف حقيقية”. “نحن نعمل على مواجهتها.” هل ستتغير السياسة؟ لا أحد يعرف\nسطر ثان بلا نقطة";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(
            ["قال بلينكن: “لدينا مخاوف حقيقية”.", "“نحن نعمل على مواجهتها.”", "هل ستتغير السياسة؟", "لا أحد يعرف", "سطر ثان بلا نقطة"],
            sentences.Select(s => s.Text));
        Assert.Equal([0, 0, 0, 0, 1], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Every_sentence_is_the_verbatim_text_at_its_offset()
    {
        var text = "  First one.   Second one!\n\nThird, with “quotes.” Fourth?";

        foreach (var sentence in SentenceSplitter.Split(text))
        {
            Assert.Equal(sentence.Text, text.Substring(sentence.Start, sentence.Text.Length));
        }
    }

    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence()
    {
        var text = "Mr. Blinken met U.S. allies in Seoul on Nov. 9 and J. Smith said growth was 2.5 percent. Talks went on.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["Mr. Blinken met U.S. allies in Seoul on Nov. 9 and J. Smith said growth was 2.5 percent.", "Talks went on."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Chinese_and_persian_punctuation_split()
    {
        Assert.Equal(["外交部发言人表示，中方反对制裁。", "他说：“这是错误的！”", "会谈继续"], SentenceSplitter.Split("外交部发言人表示，中方反对制裁。他说：“这是错误的！”会谈继续").Select(s => s.Text));
        Assert.Equal(["وزیر گفت که مذاکرات ادامه دارد.", "آیا توافق می‌شود؟"], SentenceSplitter.Split("وزیر گفت که مذاکرات ادامه دارد. آیا توافق می‌شود؟").Select(s => s.Text));
    }

    [Fact]
    public void Punctuation_only_fragments_are_not_sentences()
    {
        Assert.Equal(["قلق حقيقي”."], SentenceSplitter.Split("قلق حقيقي”. .").Select(s => s.Text));
        Assert.Empty(SentenceSplitter.Split(""));
    }
}
