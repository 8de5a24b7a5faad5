using System.Text;

namespace Gist.Core.Text;

/// <summary>
/// Lone UTF-16 surrogates (half of an emoji, cut by a splitter or sent as "\ud83d" in JSON) and the noncharacter
/// U+FFFE (a byte-swapped byte order mark) make <see cref="string.Normalize(NormalizationForm)"/> throw. Text meets
/// them before it is normalized: they carry no character, so they are replaced by U+FFFD, the Unicode replacement
/// character.
/// </summary>
public static class WellFormedText
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstBad = FirstBadCharacter(text);
        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(char.IsSurrogate(c) || c == '\uFFFE' ? '\uFFFD' : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The first <paramref name="length"/> characters at most, one fewer when the cut would split an emoji.</summary>
    public static string Truncate(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }

        return length > 0 && char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }

    private static int FirstBadCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE')
            {
                return i;
            }
        }

        return -1;
    }
}
