using System.Text;
using Gist.Core.Text;

namespace Gist.Extraction.Extraction;

/// <summary>Normalises extracted text: invisible characters out, spaces collapsed, paragraphs one per line.</summary>
public static class TextCleaner
{
    /// <summary>
    /// Invisible characters that can hide or reorder text (<see cref="InvisibleCharacters"/>): overrides are how a
    /// page (or a prompt injection) makes displayed text differ from the stored text.
    /// </summary>
    public static bool IsInvisible(char c) => InvisibleCharacters.Is(c);

    /// <summary>Cleans a text: drops invisible characters, collapses runs of spaces, trims every line, drops empty lines.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lineStart = true;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (!lineStart)
                {
                    sb.Append('\n');
                }

                lineStart = true;
                pendingSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = !lineStart;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
            lineStart = false;
        }

        while (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Length--;
        }

        return sb.ToString();
    }
}
