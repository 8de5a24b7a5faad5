using System.Globalization;
using System.Text;

namespace Gist.Testing.BotApi;

/// <summary>HTML character references as Telegram accepts them: all numeric ones (&amp;#8212; &amp;#x2014;) and only
/// the named &amp;lt; &amp;gt; &amp;amp; &amp;quot; (https://core.telegram.org/bots/api#html-style).</summary>
internal static class HtmlCharacterReferences
{
    /// <summary>Decodes the reference starting at <paramref name="start"/> (an '&amp;') into <paramref name="output"/>
    /// and returns the index after it.</summary>
    public static int Decode(string html, int start, StringBuilder output)
    {
        var semicolon = html.IndexOf(';', start + 1);
        // Real references are short; a far-away ';' means this '&' is bare text.
        if (semicolon < 0 || semicolon - start > 12)
        {
            throw Unescaped(html, start);
        }

        var name = html.AsSpan(start + 1, semicolon - start - 1);
        if (name.Length >= 1 && name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
            if (digits.Length == 0 || !int.TryParse(digits, style, CultureInfo.InvariantCulture, out var codePoint)
                || codePoint is <= 0 or > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
            {
                throw new HtmlParseException(
                    $"Invalid numeric HTML entity \"&{name}\" at byte offset {HtmlEntityParser.ByteOffset(html, start)}");
            }

            output.Append(char.ConvertFromUtf32(codePoint));
            return semicolon + 1;
        }

        var decoded = name switch
        {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            _ => '\0',
        };
        if (decoded == '\0')
        {
            if (name.Length == 0 || !IsEntityName(name))
            {
                throw Unescaped(html, start);
            }

            throw new HtmlParseException(
                $"Unsupported HTML entity \"&{name};\" at byte offset {HtmlEntityParser.ByteOffset(html, start)}");
        }

        output.Append(decoded);
        return semicolon + 1;
    }

    /// <summary>Decodes every reference in an attribute value.</summary>
    public static string DecodeAll(string html, int start, int end)
    {
        var output = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            if (html[i] == '&')
            {
                i = Decode(html, i, output);
            }
            else
            {
                output.Append(html[i]);
                i++;
            }
        }

        return output.ToString();
    }

    private static bool IsEntityName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static HtmlParseException Unescaped(string html, int start) => new(
        $"Unescaped \"&\" at byte offset {HtmlEntityParser.ByteOffset(html, start)}: write it as \"&amp;\"");
}
