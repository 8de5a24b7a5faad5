using System.Diagnostics;
using System.Text;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Extraction.Budgets;
using Gist.Extraction.Decoding;
using Gist.Extraction.Documents;
using Gist.Extraction.Extraction;
using Gist.Input;
using Gist.Rendering;
using Gist.Summarization.Offline;
using Gist.Summarization.Verification;
using Gist.Testing.BotApi;
using Microsoft.Extensions.Options;
using Moq;
using Xunit.Abstractions;

namespace Gist.ReliabilityTests;

/// <summary>
/// Hostile bytes through extraction, cleaning and rendering: malformed HTML, invalid UTF-8, 10,000 nested
/// elements, 1 MB single lines and random bytes. Nothing but the documented exception escapes, every input is
/// done within a generous time bound, and every rendered part is valid Telegram HTML within the message limit.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>
    /// Per input and stage, measured warm (the first call of a parser path pays its JIT). Generous, so a 2-core CI
    /// machine running other test projects beside this one does not turn it into a timing flake: what it catches is
    /// a blow-up (10,000 nested divs took 36 s before DomDepthLimiter; now about 1 s, most of it AngleSharp's parse).
    /// </summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    static FuzzTests()
    {
        var warm = "<html><body><div><div><p>Warm-up paragraph with <b>markup</b> &amp; text.</p></div></div></body></html>";
        new ArticleExtractor().Extract(warm);
        Reader(new ArticleExtractor()).Read(Encoding.UTF8.GetBytes(warm), "w.html", "text/html");
        new SummaryReplyRenderer().Render(Summary(warm), new Article { Text = warm });
    }

    private readonly ArticleExtractor extractor = new();
    private readonly PastedTextCleaner cleaner = new();
    private readonly SummaryReplyRenderer renderer = new();
    private readonly MessageSplitter splitter = new();
    private readonly OfflineSummarizer offline = new();

    /// <summary>
    /// Strings no decoder produces but a Bot API update can carry (JSON may escape half an emoji): random mixes of
    /// Arabic, Persian, CJK, emoji, lone surrogates, combining marks, bidi controls and punctuation, through cleaning,
    /// the offline engine, claim checking and rendering. Seeded, so a failure repeats.
    /// </summary>
    [Fact]
    public void Random_text_with_emoji_and_broken_surrogates_never_throws_anywhere_in_the_text_pipeline()
    {
        string[] pieces =
        [
            "قال الوزير", "إنّ", "ـــ", "می‌شود", "گفت:", "заявил", "表示", "🆔", "👇🏽", "\uD83D", "\uDE00", "\u0301", "\u202E", "\u200C",
            "«", "»", ".", "؟", "\n", " ", "@channel", "#تاگ", "https://t.me/x", "&lt;", "<b>", "ﷺ", "ﻻ", "١٢٣",
        ];
        var random = new Random(20261123);
        var verifier = new ClaimVerifier();
        for (var i = 0; i < 300; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 80)).Select(_ => pieces[random.Next(pieces.Length)]));
            var cleaned = cleaner.Clean(text);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var result = offline.Summarize(new Article { Text = text });
            verifier.Verify([new Claim(text, "x", "statement", Cut(text, 40))], cleaned.Text);
            AssertValidMessages($"random #{i}", renderer.Render(result, new Article { Text = text, Title = Cut(text, 50) }));
        }
    }

    public static TheoryData<string> Inputs() => [.. HostileInputs.All.Keys];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Hostile_input_never_throws_and_is_handled_within_the_bound(string name)
    {
        var bytes = HostileInputs.All[name]();
        var reader = Reader(extractor);

        var text = Timed(name, "decode", () => TextDecoding.Decode(bytes, null, sniffMeta: true));
        var page = Timed(name, "extract", () =>
        {
            try
            {
                return extractor.Extract(text).Text;
            }
            catch (ArticleUnavailableException ex) when (ex.Reason == ArticleUnavailableReason.TooComplex)
            {
                return ""; // refused before parsing (10,000 nested divs, 3,400 unclosed tables): "too complex to read"
            }
        });
        foreach (var (file, mime) in new[] { ("page.html", "text/html"), ("notes.txt", "text/plain"), ("paper.pdf", "application/pdf") })
        {
            Timed(name, "read " + file, () =>
            {
                try
                {
                    return reader.Read(bytes, file, mime).Text;
                }
                catch (ArticleUnavailableException)
                {
                    return ""; // the documented refusal ("damaged", "binary data"): the user gets a clear reply
                }
            });
        }

        var cleaned = Timed(name, "clean", () => cleaner.Clean(text));
        foreach (var sample in new[] { text, page, cleaned.Text })
        {
            if (!string.IsNullOrWhiteSpace(sample))
            {
                // An empty text is refused before any summarizer by the handlers ("there is no text to summarize").
                Timed(name, "summarize offline", () => offline.Summarize(new Article { Text = sample }));
            }

            var parts = Timed(name, "render", () => renderer.Render(Summary(sample), new Article { Text = sample, Title = Cut(sample, 300) }));
            AssertValidMessages(name, parts);
            AssertValidMessages(name, Timed(name, "split", () => splitter.Split(TelegramHtml.Escape(sample))));
        }
    }

    private static DocumentReader Reader(ArticleExtractor extractor)
    {
        var limits = Options.Create(new ParsingOptions());
        return new DocumentReader(new ArticleBuilder(extractor, Mock.Of<ILanguageDetector>(), limits), new ParsingGate(limits));
    }

    private T Timed<T>(string input, string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        output.WriteLine($"{input} / {stage}: {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < Bound, $"{input} / {stage} took {clock.Elapsed}");
        return result;
    }

    private static void AssertValidMessages(string input, IReadOnlyList<string> parts)
    {
        foreach (var part in parts)
        {
            Assert.True(HtmlEntityParser.TryParse(part, out var parsed, out var error), $"{input}: can't parse entities: {error}");
            Assert.InRange(parsed!.Length, 0, TelegramHtml.MessageLimit);
        }
    }

    /// <summary>A summary made of the hostile text itself (as a model talked into echoing it would write).</summary>
    private static SummaryResult Summary(string text) => new()
    {
        Headline = Cut(text, 200),
        Summary = Cut(text, 5000),
        Claims = [new Claim(Cut(text, 600), Cut(text, 80), "statement", Cut(text, 2000)), new Claim("x", "y", "report", text)],
        SourceLanguage = "und",
        Engine = SummaryEngine.Offline,
        FallbackReason = Cut(text, 100),
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>The hostile inputs, by name, each made on demand (some are a megabyte).</summary>
internal static class HostileInputs
{
    public static IReadOnlyDictionary<string, Func<byte[]>> All { get; } = new Dictionary<string, Func<byte[]>>
    {
        ["malformed html"] = () => Utf8("<html><body><div><p>Officials <b>met <i>in</b> Seoul</i><p><<>><div <p class=\"x>text</div>" +
            "<table><tr><td>cell<td><script>document.write('<p>') <!-- unterminated <style>p{} <![CDATA[ x"),
        ["unclosed everything"] = () => Utf8(string.Concat(Enumerable.Repeat("<p><a href='x <b><table><tr><td><ul><li>", 500)) + " text &amp &#xFFFFFF; &#0; &bogus;"),
        ["invalid utf-8"] = () => [.. Utf8("<p>"), 0xC0, 0x80, 0xFF, 0xFE, 0x80, 0xBF, 0xE2, 0x82, 0xF0, 0x9F, 0x98, 0xED, 0xA0, 0x80, .. Utf8(" وقال الوزير</p>"), 0xF4, 0x90, 0x80],
        ["utf-16 bom then junk"] = () => [0xFF, 0xFE, 0x3C, 0x00, 0x70, 0x00, 0x00, 0xD8, 0x41],
        ["meta charset lies"] = () => [.. Utf8("<meta charset=\"x-no-such-charset\"><meta http-equiv=content-type content='text/html; charset=utf-7'><p>"), 0xE9, 0xE8, 0x81],
        ["10,000 nested divs"] = () => Utf8(string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>Deep text that is the whole article.</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000))),
        ["10,000 nested inline tags"] = () => Utf8(string.Concat(Enumerable.Repeat("<b><i>", 5_000)) + "deep" + string.Concat(Enumerable.Repeat("</i></b>", 5_000))),
        ["10,000 unclosed nested tables"] = () => Utf8(string.Concat(Enumerable.Repeat("<table><tr><td>", 3_400))),
        ["1 MB single line"] = () => Utf8(new string('a', 1 << 20)),
        ["1 MB single arabic line"] = () => Utf8(string.Concat(Enumerable.Repeat("وقال الوزير إن المحادثات تناولت التعاون الأمني ", 1 << 20 >> 6))),
        ["1 MB of entities and angle brackets"] = () => Utf8(string.Concat(Enumerable.Repeat("&amp;<&lt;>&#8238;", 1 << 16))),
        ["hidden and bidi text"] = () => Utf8("<p>Visible\u200B\u200C\u200D\u2060\uFEFF text \u202E\u2066reversed\u2069\u202C</p><div style=\"display:none\">hidden injection</div><p hidden>also hidden</p>"),
        ["lone surrogates and controls"] = () => Encoding.UTF8.GetBytes("\uD800 \uDFFF \u0000\u0001\u001B[31m \u0085\u2028\u2029 \uFFFD\uFFFF"),
        ["random bytes"] = () => Random(64 * 1024, seed: 1),
        ["random bytes with tags"] = () => [.. Utf8("<html><body><p>"), .. Random(32 * 1024, seed: 2), .. Utf8("</p></body></html>")],
        ["fake pdf"] = () => [.. Utf8("%PDF-1.7\n1 0 obj << /Length 99999999 >> stream\n"), .. Random(4096, seed: 3)],
        ["empty"] = () => [],
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
