using Gist.Core.Text;

namespace Gist.Extraction.Tests;

/// <summary>
/// <see cref="TextFolding.Fold"/> skips NFKC for text <see cref="TextFolding.IsInvariant"/> accepts. A ligature at the
/// end forces the normalizing path (NFKC turns "ﬁ" into "fi"), so the two paths can be compared on the same text.
/// </summary>
public class TextFoldingShortcutTests
{
    private static string Normalized(string text) => TextFolding.Fold(text + " \uFB01")[..^3];

    [Fact]
    public void Every_character_taken_as_invariant_folds_as_the_normalizer_would_fold_it()
    {
        var differ = new List<string>();
        for (var code = 0; code < 0xD800; code++)
        {
            var text = $"a{(char)code}b";
            if (TextFolding.IsInvariant(text) && TextFolding.Fold(text) != Normalized(text))
            {
                differ.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(differ);
    }

    [Fact]
    public void Arabic_letters_and_marks_in_any_order_fold_as_the_normalizer_would_fold_them()
    {
        var differ = 0;
        for (var first = '\u0600'; first <= '\u06FF'; first++)
        {
            for (var second = '\u0600'; second <= '\u06FF'; second++)
            {
                var text = $"ب{first}{second}";
                differ += TextFolding.IsInvariant(text) && TextFolding.Fold(text) != Normalized(text) ? 1 : 0;
            }
        }

        Assert.Equal(0, differ);
    }

    [Fact]
    public void Articles_fold_alike_on_both_paths()
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.Equal(Normalized(text), TextFolding.Fold(text)));
    }
}
