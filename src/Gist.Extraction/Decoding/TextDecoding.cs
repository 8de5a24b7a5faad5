using Gist.Core.Text;
using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace Gist.Extraction.Decoding;

/// <summary>
/// Bytes → text. The charset comes, in the WHATWG "encoding sniffing" order, from a BOM, the HTTP Content-Type
/// header, a &lt;meta charset&gt; / http-equiv in the first 4 KB, then detection (UTF.Unknown) — Arabic sites
/// still serve windows-1256 and ISO-8859-6 with no label. Undecodable bytes become U+FFFD; nothing throws.
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MetaCharset();

    public static string Decode(ReadOnlySpan<byte> bytes, string? headerCharset, bool sniffMeta)
    {
        var encoding = FromBom(bytes, out var bomLength)
            ?? Lookup(headerCharset)
            ?? (sniffMeta ? FromMeta(bytes) : null)
            ?? Detect(bytes);
        return encoding.GetString(bytes[bomLength..]);
    }

    /// <summary>The encoding for a label ("utf-8", "windows-1256", "ISO-8859-6"…), or null if unknown.</summary>
    public static Encoding? Lookup(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG Encoding: these labels mean windows-1252 in browsers, and pages rely on it.
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii")
        {
            name = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    private static Encoding? FromMeta(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharset().Match(head);
        var encoding = match.Success ? Lookup(match.Groups[1].Value) : null;
        // A page that is really UTF-16 cannot declare itself in ASCII; a meta saying so is wrong (WHATWG).
        return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
    }

    private static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (IsValidUtf8(bytes))
        {
            return Encoding.UTF8;
        }

        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)].ToArray();
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        return detected?.Encoding ?? Encoding.UTF8;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
