using Gist.Core.Text;

namespace Gist.Input.Cleaning;

/// <summary>
/// The comparison form of pasted lines (<see cref="TextFolding"/>), and the line form markers are matched on.
/// Never shown to anyone.
/// </summary>
internal static class Folding
{
    public static string Fold(string text) => TextFolding.Fold(text);

    /// <summary>
    /// The folded line with leading bullets, emoji and punctuation removed, so "👉 Подписывайтесь" and
    /// "• Tags:" are recognised like their plain forms.
    /// </summary>
    public static string FoldForMarkers(string line)
    {
        var folded = Fold(line);
        var start = 0;
        while (start < folded.Length && !char.IsLetterOrDigit(folded[start]))
        {
            start++;
        }

        return folded[start..];
    }
}
