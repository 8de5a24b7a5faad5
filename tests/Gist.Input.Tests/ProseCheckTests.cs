using Gist.Input;

namespace Gist.Input.Tests;

public sealed class ProseCheckTests
{
    [Theory]
    [InlineData("قال وزير الخارجية الأمريكي أنتوني بلينكن، اليوم الخميس، إنه يشارك كوريا الجنوبية مخاوفها.")]
    [InlineData("Президент заявил, что переговоры продолжатся на следующей неделе.")]
    [InlineData("外交部发言人表示，中方对此表示严重关切。")]
    [InlineData("हिंदी में लिखा गया एक वाक्य।")]
    public void Sentences_in_any_script_are_prose(string text) => Assert.True(ProseCheck.LooksLikeProse(text));

    [Theory]
    [InlineData("😀😀😀🎉🎉🎉 !!! ??? 😀😀😀🎉🎉🎉")]
    [InlineData("12345 67890 3.14159 2.71828 ---- ++++ ====")]
    [InlineData("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD")]
    [InlineData("   \n\t  ")]
    public void Symbols_numbers_and_mojibake_are_not(string text) => Assert.False(ProseCheck.LooksLikeProse(text));
}
