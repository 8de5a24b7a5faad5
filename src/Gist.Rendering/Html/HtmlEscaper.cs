using System.Text;

namespace Gist.Rendering.Html;

/// <summary>The escaping loop behind <see cref="TelegramHtml.Escape"/>: one pass, no copy when nothing changes.</summary>
internal static class HtmlEscaper
{
    public static string Escape(string? text, bool quote)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = FindFirstSpecial(text, quote);
        if (clean == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, clean);
        for (var i = clean; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"' when quote: builder.Append("&quot;"); break;
                case < ' ' when c is not ('\t' or '\n' or '\r'): break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Index of the first character that needs work, so clean text is returned without copying.</summary>
    private static int FindFirstSpecial(string text, bool quote)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' || (quote && c == '"') || (c < ' ' && c is not ('\t' or '\n' or '\r')))
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return text.Length;
    }
}
