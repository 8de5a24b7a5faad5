using Gist.Core.Text;
using Gist.Rendering.Text;

namespace Gist.Rendering.Tests;

public class TextTests
{
    [Theory]
    [InlineData("ar", "Arabic")]
    [InlineData("AR", "Arabic")]
    [InlineData("ar-EG", "Arabic")]
    [InlineData("fa_IR", "Persian")]
    [InlineData(" ru ", "Russian")]
    [InlineData("zh", "Chinese")]
    [InlineData("he", "Hebrew")]
    [InlineData("xx", "xx")]
    [InlineData("tlh-Latn", "tlh-Latn")]
    public void Language_names_come_from_the_iso_code_and_fall_back_to_the_code(string code, string expected)
    {
        Assert.Equal(expected, LanguageNames.NameOf(code));
    }

    [Fact]
    public void Language_table_covers_the_languages_news_arrives_in()
    {
        string[] codes = ["ar", "fa", "he", "ur", "ps", "ku", "tr", "az", "ru", "uk", "be", "kk", "uz", "ka", "hy",
            "zh", "ja", "ko", "hi", "bn", "id", "ms", "vi", "th", "en", "fr", "de", "es", "pt", "it"];

        Assert.All(codes, code => Assert.NotEqual(code, LanguageNames.NameOf(code)));
        Assert.Null(LanguageNames.NameOf("  "));
    }

    [Fact]
    public void Right_to_left_text_is_isolated_and_other_text_is_left_alone()
    {
        Assert.Equal("\u2068المستقلة\u2069", Bidi.Isolate("المستقلة"));
        Assert.Equal("\u2068ערוץ 14\u2069", Bidi.Isolate("ערוץ 14"));
        Assert.Equal("Reuters", Bidi.Isolate("Reuters"));
    }
}
