using Gist.Core.Text;

namespace Gist.Core.Tests.Text;

public sealed class VocabularyShapeTests
{
    [Fact]
    public void Every_month_row_has_twelve_places()
    {
        Assert.All(CalendarVocabulary.GregorianMonthRows, row => Assert.Equal(12, row.Split(' ').Length));
        Assert.Equal(12, CalendarVocabulary.SolarHijriMonths.Count);
    }

    [Fact]
    public void A_month_word_means_one_month_in_every_row_it_appears_in()
    {
        var conflicts = CalendarVocabulary.GregorianMonths()
            .GroupBy(m => TextFolding.Fold(m.Word))
            .Where(g => g.Select(m => m.Month).Distinct().Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void No_phrase_is_written_twice_in_another_spelling()
    {
        var phrases = MarkerVocabulary.ReadAlso.Concat(MarkerVocabulary.Tags).Select(MarkerVocabulary.Folded).ToList();

        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("إقرأ أيضاً", "اقرأ ايضا")]
    [InlineData("برچسب‌ها", "برچسب ها")]
    [InlineData("Read  ALSO", "read also")]
    [InlineData("مسؤول", "مسئول")]
    [InlineData("یکشنبه", "يكشنبه")]
    public void Folding_makes_spelling_variants_equal(string a, string b) =>
        Assert.Equal(TextFolding.Fold(a), TextFolding.Fold(b));

    [Theory]
    [InlineData("Read also: x\uFFFE y")]
    [InlineData("Tags: \ud83d politics")]
    public void Folding_takes_characters_the_normalizer_rejects_as_replacement_characters(string text) =>
        Assert.Contains('\uFFFD', TextFolding.Fold(text));

    [Theory]
    [InlineData("ar", "Arabic")]
    [InlineData("ar-EG", "Arabic")]
    [InlineData("xx", "xx")]
    public void Language_names_come_from_one_table(string code, string name) => Assert.Equal(name, LanguageNames.Of(code));

    [Fact]
    public void Every_output_language_has_a_name() =>
        Assert.All(LanguageNames.OutputLanguageCodes, code => Assert.NotEqual(code, LanguageNames.Of(code)));
}
