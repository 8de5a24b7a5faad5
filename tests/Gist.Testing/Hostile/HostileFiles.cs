using System.Text;

namespace Gist.Testing.Hostile;

/// <summary>
/// The hostile inputs of the input-path review (issue 11), generated in code at any size: each is what a user
/// within the rate limit can send (a file of at most 20 MB, a link, a feed, an OPML list).
/// </summary>
public static class HostileFiles
{
    /// <summary>A one-page PDF whose single Flate content stream expands to <paramref name="decodedBytes"/> of spaces (about 1 MB per GiB).</summary>
    public static byte[] PdfBomb(long decodedBytes) => PdfFile.Write(
        stream =>
        {
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < decodedBytes; written += chunk.Length)
            {
                stream.Write(chunk, 0, (int)Math.Min(chunk.Length, decodedBytes - written));
            }
        },
        compress: true);

    /// <summary>A one-page PDF showing one character per text operator, <paramref name="operators"/> times (4 million: a file of about 100 KB).</summary>
    public static byte[] PdfOperators(int operators) => PdfFile.Write(
        stream =>
        {
            var op = "(a) Tj\n"u8.ToArray();
            stream.Write("BT /F1 11 Tf 56 760 Td\n"u8);
            for (var i = 0; i < operators; i++)
            {
                stream.Write(op);
            }

            stream.Write("ET\n"u8);
        },
        compress: true);

    /// <summary>A one-page PDF whose content stream is <paramref name="decodedBytes"/> spaces in LZW (about 2,500 times smaller).</summary>
    public static byte[] PdfLzwBomb(long decodedBytes) => PdfFile.WithStream(PdfStreamEncoder.LzwRun((byte)' ', decodedBytes), "/Filter /LZWDecode");

    /// <summary>A one-page PDF whose content stream is <paramref name="decodedBytes"/> spaces in run-length code (64 times smaller).</summary>
    public static byte[] PdfRunLengthBomb(long decodedBytes) => PdfFile.WithStream(PdfStreamEncoder.RunLengthRun((byte)' ', decodedBytes), "/Filter /RunLengthDecode");

    /// <summary>
    /// The Flate bomb wrapped in a text filter, so its raw bytes do not look compressed: "ascii85" and "hex" name the
    /// chain in the dictionary, "indirect" names it through a reference to another object (/Filter 7 0 R).
    /// </summary>
    public static byte[] PdfWrappedBomb(long decodedBytes, string wrapper)
    {
        var flate = PdfStreamEncoder.Flate(stream => Spaces(stream, decodedBytes));
        return wrapper switch
        {
            "ascii85" => PdfFile.WithStream(PdfStreamEncoder.Ascii85(flate), "/Filter [/ASCII85Decode /FlateDecode]"),
            "hex" => PdfFile.WithStream(PdfStreamEncoder.Hex(flate), "/Filter [/ASCIIHexDecode /FlateDecode]"),
            "indirect" => PdfFile.WithStream(PdfStreamEncoder.Ascii85(flate), "/Filter 7 0 R", filterObject: "[/ASCII85Decode /FlateDecode]"),
            _ => throw new ArgumentOutOfRangeException(nameof(wrapper), wrapper, "ascii85, hex or indirect"),
        };
    }

    /// <summary>A valid PDF with an article's lines, its content stream in the named filter chain.</summary>
    public static byte[] PdfArticleEncoded(IEnumerable<string> lines, string filter)
    {
        var plain = new MemoryStream();
        PdfFile.Lines(plain, lines);
        var content = plain.ToArray();
        return filter switch
        {
            "lzw" => PdfFile.WithStream(PdfStreamEncoder.Lzw(content), "/Filter /LZWDecode"),
            "ascii85+flate" => PdfFile.WithStream(PdfStreamEncoder.Ascii85(PdfStreamEncoder.Flate(s => s.Write(content))), "/Filter [/ASCII85Decode /FlateDecode]"),
            "hex+flate" => PdfFile.WithStream(PdfStreamEncoder.Hex(PdfStreamEncoder.Flate(s => s.Write(content))), "/Filter [/ASCIIHexDecode /FlateDecode]"),
            "runlength" => PdfFile.WithStream(PdfStreamEncoder.RunLength(content), "/Filter /RunLengthDecode"),
            "ascii85+lzw" => PdfFile.WithStream(PdfStreamEncoder.Ascii85(PdfStreamEncoder.Lzw(content)), "/Filter [/ASCII85Decode /LZWDecode]"),
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "a filter chain this generator writes"),
        };
    }

    private static void Spaces(Stream stream, long count)
    {
        var chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (long written = 0; written < count; written += chunk.Length)
        {
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, count - written));
        }
    }

    /// <summary>A valid PDF with an article's lines and a creation date of the given offset (e.g. "+15'00'").</summary>
    public static byte[] PdfArticle(IEnumerable<string> lines, string creationDate) => PdfFile.Write(stream => PdfFile.Lines(stream, lines), compress: true, creationDate);

    public static string NestedDivs(int depth) => Page(Repeat("<div>", depth) + "Deep text." + Repeat("</div>", depth));

    public static string UnclosedAnchors(int count) => Page(Repeat("<a href=\"/x\">link ", count));

    public static string NestedLists(int depth) => Page(Repeat("<ul><li>", depth) + "item");

    /// <summary>Ordinary markup, many times over: <c>&lt;div&gt;&lt;p&gt;&lt;a&gt;…&lt;/a&gt; words&lt;/p&gt;&lt;/div&gt;</c> (20,000 blocks: 1 MB).</summary>
    public static string OrdinaryBlocks(int count) =>
        Page(Repeat("<div><p><a href=\"/story\">A story link</a> followed by a few ordinary words of text.</p></div>", count));

    /// <summary>A page announcing <paramref name="count"/> feeds with &lt;link rel="alternate"&gt;.</summary>
    public static string PageWithAlternates(int count, string baseUrl)
    {
        var head = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            head.Append($"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"{baseUrl}/feed/{i}.xml\">");
        }

        return $"<html><head>{head}</head><body><p>Home</p></body></html>";
    }

    /// <summary>An Atom feed whose one entry has type="xhtml" content nested <paramref name="depth"/> deep.</summary>
    public static string AtomNestedXhtml(int depth) =>
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Deep</title><entry><id>1</id><title>x</title>"
        + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + Repeat("<span>", depth) + "text" + Repeat("</span>", depth)
        + "</div></content></entry></feed>";

    /// <summary>An RSS feed with <paramref name="depth"/> nested elements inside one item.</summary>
    public static string RssNested(int depth) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>x</title>"
        + Repeat("<x>", depth) + Repeat("</x>", depth) + "</item></channel></rss>";

    /// <summary>An RSS feed whose item descriptions hold <paramref name="depth"/> nested divs (escaped HTML, as feeds carry it).</summary>
    public static string RssNestedDescription(int depth) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>x</title><link>https://news.example/a</link><description>"
        + Repeat("&lt;div&gt;", depth) + "Deep words of the description." + "</description></item></channel></rss>";

    public static string OpmlNested(int depth) =>
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>x</title></head><body>"
        + Repeat("<outline text=\"c\">", depth) + Repeat("</outline>", depth) + "</body></opml>";

    /// <summary>An OPML list of <paramref name="count"/> feeds, all at <paramref name="baseUrl"/>.</summary>
    public static string OpmlMany(int count, string baseUrl)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append($"<outline type=\"rss\" text=\"Feed {i}\" xmlUrl=\"{baseUrl}/feeds/{i}.xml\"/>");
        }

        return $"<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Many</title></head><body>{body}</body></opml>";
    }

    /// <summary><paramref name="count"/> distinct sentences of ordinary English (5,000: about 220 KB).</summary>
    public static string ManySentences(int count)
    {
        string[] subjects = ["The minister", "A spokesman", "The council", "Officials", "The company", "Residents", "The court", "Analysts"];
        string[] verbs = ["said", "announced", "warned", "reported", "confirmed", "denied", "noted", "argued"];
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append($"{subjects[i % subjects.Length]} {verbs[(i / 8) % verbs.Length]} that plan number {i} for district {i % 97} would cost {i * 7 % 1000} million. ");
            if (i % 5 == 4)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Page(string body) => $"<html><head><title>Hostile</title></head><body>{body}</body></html>";

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();
}
