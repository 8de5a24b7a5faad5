using Gist.Core.Text;
using Gist.Extraction.Extraction;
using Gist.Input;

namespace Gist.Core.Tests.Text;

/// <summary>
/// The paste cleaner (Gist.Input) and the extractor (Gist.Extraction) read the same vocabulary: every phrase and
/// calendar word is known to both. A word that one of them stopped reading, or read from a list of its own, fails here.
/// </summary>
public sealed class SharedVocabularyTests
{
    private const string Body =
        "Officials met in the capital on Thursday to discuss the new agreement.\n" +
        "The talks lasted several hours and ended without a joint statement.\n" +
        "Both sides said they would meet again next month to continue the work.\n" +
        "Observers expect the agreement to be signed before the end of the year.\n";

    private static readonly PastedTextCleaner Cleaner = new();

    public static TheoryData<string> ReadAlsoPhrases => [.. MarkerVocabulary.ReadAlso];

    public static TheoryData<string> TagPhrases => [.. MarkerVocabulary.Tags];

    public static TheoryData<string, int> Months()
    {
        var data = new TheoryData<string, int>();
        foreach (var (word, month) in CalendarVocabulary.GregorianMonths())
        {
            data.Add(word, month);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReadAlsoPhrases))]
    public void A_read_also_phrase_is_cut_by_the_cleaner_and_dropped_by_the_extractor(string phrase)
    {
        var text = Phrase(phrase);
        var cleaned = Cleaner.Clean(Body + text + ": Another story entirely\nAnother story's first sentence is here.");

        Assert.DoesNotContain("Another story", cleaned.Text, StringComparison.Ordinal);
        Assert.True(ReadAlsoLines.IsReadAlso(text + ": Another story entirely", "Another story entirely".Length));
    }

    [Theory]
    [MemberData(nameof(TagPhrases))]
    public void A_tag_phrase_is_removed_by_the_cleaner_and_dropped_by_the_extractor(string phrase)
    {
        var text = Phrase(phrase);
        var cleaned = Cleaner.Clean(Body + text + ": diplomacy, trade");

        Assert.DoesNotContain("diplomacy", cleaned.Text, StringComparison.Ordinal);
        Assert.True(ReadAlsoLines.IsReadAlso(text + ": diplomacy, trade", "diplomacy, trade".Length));
    }

    [Theory]
    [MemberData(nameof(Months))]
    public void A_month_name_dates_the_pasted_article_and_makes_a_date_line_for_the_extractor(string word, int month)
    {
        var cleaned = Cleaner.Clean(Body + "Published: 9 " + word + " 2023");

        Assert.NotNull(cleaned.Published);
        Assert.Equal(new DateOnly(2023, month, 9), DateOnly.FromDateTime(cleaned.Published.Value.UtcDateTime));
        Assert.True(DateLine.IsDateOnly("9 " + word + " 2023"));
    }

    [Fact]
    public void Every_weekday_solar_hijri_month_and_filler_word_makes_a_date_line_for_the_extractor()
    {
        var words = CalendarVocabulary.Weekdays.Concat(CalendarVocabulary.SolarHijriMonths).Concat(CalendarVocabulary.DateLineWords);

        Assert.All(words, word => Assert.True(DateLine.IsDateOnly(word + " 9 January 2023"), word));
    }

    [Fact]
    public void The_extractor_knows_exactly_the_vocabulary_phrases()
    {
        var vocabulary = MarkerVocabulary.ReadAlso.Concat(MarkerVocabulary.Tags).Select(MarkerVocabulary.Folded).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(vocabulary.Order(StringComparer.Ordinal), ReadAlsoLines.LeadIns.Order(StringComparer.Ordinal));
    }

    /// <summary>The phrase as written, without the vocabulary's '*' (a note for the cleaner, not part of the text).</summary>
    private static string Phrase(string phrase) => phrase.TrimEnd('*');
}
