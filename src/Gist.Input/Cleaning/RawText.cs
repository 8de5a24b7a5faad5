using System.Globalization;
using System.Text;
using Gist.Core.Text;

namespace Gist.Input.Cleaning;

/// <summary>
/// First pass over pasted text: one newline convention, no invisible formatting characters,
/// single spaces, trimmed non-empty lines.
/// </summary>
internal static class RawText
{
    /// <summary>Splits text into trimmed, whitespace-collapsed, non-empty lines.</summary>
    public static List<string> ToLines(string raw)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var pendingSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (IsLineBreak(c))
            {
                // \r\n counts as one break; blank lines vanish below anyway.
                Flush(lines, line);
                pendingSpace = false;
                continue;
            }

            if (InvisibleCharacters.Is(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = line.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                line.Append(' ');
                pendingSpace = false;
            }

            line.Append(c);
        }

        Flush(lines, line);
        return lines;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f';

    private static void Flush(List<string> lines, StringBuilder line)
    {
        var text = line.ToString().Trim();
        line.Clear();
        if (text.Length > 0)
        {
            lines.Add(text);
        }
    }

    /// <summary>True when the string has at least one letter or digit.</summary>
    public static bool HasLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
