using Gist.Summarization.Tests.Fixtures;
using Gist.Summarization.Text;

namespace Gist.Summarization.Tests.Text;

public sealed class EvidenceNormalizerTests
{
    [Theory]
    [InlineData("قالَ وزيرُ الخارجيّةِ", "قال وزير الخارجيه")]
    [InlineData("قـــــال", "قال")]
    [InlineData("أكد إن آخر ٱلقول", "اكد ان اخر القول")]
    [InlineData("على مستوى", "علي مستوي")]
    [InlineData("کوریا الشمالیة", "كوريا الشماليه")]
    [InlineData("مسؤول مسئول", "مسءول مسءول")]
    [InlineData("عام ٢٠٢٣ و۱۸", "عام 2023 و18")]
    [InlineData("ﻗﺎﻝ", "قال")]
    [InlineData("“طريق” «ذو» „اتجاهين“ 'a' ״b״", "\"طريق\" \"ذو\" \"اتجاهين\" \"a\" \"b\"")]
    [InlineData("سبتمبر—أيلول – سول", "سبتمبر-ايلول - سول")]
    [InlineData("لماذا؟ نعم، لا؛", "لماذا? نعم, لا;")]
    [InlineData("  Blinken\u00A0SAID \t\n here  ", "blinken said here")]
    [InlineData("ready…", "ready...")]
    [InlineData("\u200Fقال\u200B بلينكن\u202C", "قال بلينكن")]
    public void Normalize_unifies_spelling_variants(string input, string expected)
    {
        Assert.Equal(expected, EvidenceNormalizer.Normalize(input));
    }

    [Fact]
    public void Key_ignores_spaces_and_punctuation_so_a_detached_waw_matches()
    {
        Assert.Equal(EvidenceNormalizer.ToKey("وقال بلينكن:"), EvidenceNormalizer.ToKey("و قال  بلينكن"));
        Assert.Equal("blinkensaidyes", EvidenceNormalizer.ToKey("Blinken said: “Yes.”"));
    }

    [Theory]
    [InlineData("1.5 million", "1.5million")]
    [InlineData("1,500 troops", "1.500troops")]
    [InlineData("in 2023, 15 more", "in202315more")]
    public void Key_keeps_decimal_marks_between_digits(string input, string expected)
    {
        Assert.Equal(expected, EvidenceNormalizer.ToKey(input));
        Assert.NotEqual(EvidenceNormalizer.ToKey("1.5 million"), EvidenceNormalizer.ToKey("15 million"));
    }

    [Fact]
    public void Persian_zero_width_non_joiner_is_a_word_break()
    {
        Assert.Equal(EvidenceNormalizer.ToKey("می شود"), EvidenceNormalizer.ToKey("می\u200Cشود"));
        Assert.Equal("مي شود", EvidenceNormalizer.Normalize("می\u200Cشود"));
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Names), MemberType = typeof(SampleArticles))]
    public void Skipping_nfkc_for_plain_arabic_text_changes_nothing(string sample)
    {
        var raw = SampleArticles.Raw(sample);

        // NFD splits أ into ا + hamza above, which forces the full NFKC path.
        var forced = raw.Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(EvidenceNormalizer.ToKey(forced), EvidenceNormalizer.ToKey(raw));
        Assert.Equal(EvidenceNormalizer.Normalize(forced), EvidenceNormalizer.Normalize(raw));
    }

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character_instead_of_an_exception()
    {
        Assert.Equal("قال \uFFFD الوزير", EvidenceNormalizer.Normalize("قال \uD83D الوزير"));
        Assert.Equal("قال 🆔 الوزير", EvidenceNormalizer.Normalize("قال 🆔 الوزير"));
        Assert.Equal(EvidenceNormalizer.ToKey("قال الوزير"), EvidenceNormalizer.ToKey("قال \uDC00الوزير").Replace("\uFFFD", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ab🆔cd", 3, "ab")] // the cut would fall inside the emoji: it goes whole
    [InlineData("ab🆔cd", 4, "ab🆔")]
    [InlineData("abc", 5, "abc")]
    public void Truncation_never_splits_an_emoji(string text, int length, string expected) =>
        Assert.Equal(expected, Gist.Core.Text.WellFormedText.Truncate(text, length));
}
