using System.Text;

namespace Gist.Extraction.Extraction;

/// <summary>Normalises extracted text: invisible characters out, spaces collapsed, paragraphs one per line.</summary>
public static class TextCleaner
{
    /// <summary>
    /// True for characters that are invisible but can hide or reorder text: zero-width space/joiners, word joiner,
    /// BOM, soft hyphen and the Unicode bidi embedding/override/isolate controls (U+202A–202E, U+2066–2069, per
    /// UAX #9). Overrides are how a page (or a prompt injection) makes displayed text differ from the stored text.
    /// LRM/RLM/ALM are dropped too: they carry no meaning once the text is plain.
    /// </summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD' or '\u061C' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

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
