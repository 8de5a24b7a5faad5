using System.Text;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Digests.Feeds;
using Gist.Digests.Opml;
using Gist.Extraction.Budgets;
using Gist.Extraction.Documents;
using Gist.Extraction.Extraction;
using Gist.Summarization.Offline;
using Gist.Testing.Hostile;
using Microsoft.Extensions.Options;
using Moq;
using Xunit.Abstractions;

namespace Gist.ReliabilityTests.Hostile;

/// <summary>
/// Every hostile file of the input-path review, generated in code, through the real entry points (the document
/// reader, the page extractor, the feed and OPML parsers, discovery, the offline summarizer): each is refused with
/// "too complex" or read, within the budget of time and memory, measured.
/// </summary>
public sealed class ParsingBudgetTests(ITestOutputHelper output)
{
    private static readonly ParsingOptions Limits = new();

    private readonly DocumentReader reader = new(
        new ArticleBuilder(new ArticleExtractor(), Mock.Of<ILanguageDetector>(), Options.Create(Limits)),
        new ParsingGate(Options.Create(Limits)));

    public static TheoryData<string, long> PdfBombs() => new() { { "200 MB", 200L << 20 }, { "1 GiB", 1L << 30 } };

    [Theory]
    [MemberData(nameof(PdfBombs))]
    public void A_pdf_whose_stream_expands_beyond_the_budget_is_refused_as_too_complex_without_being_decoded(string size, long decoded)
    {
        var pdf = HostileFiles.PdfBomb(decoded);
        var error = Budget.Refused<ArticleUnavailableException>($"PDF bomb ({pdf.Length / 1024} KB → {size})", () => reader.Read(pdf, "bomb.pdf", "application/pdf"), output);

        Assert.Equal(ArticleUnavailableReason.TooComplex, error.Reason);
        Assert.StartsWith(TooComplex.File, error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_with_four_million_text_operators_is_refused_as_too_complex()
    {
        var pdf = HostileFiles.PdfOperators(4_000_000);
        var error = Budget.Refused<ArticleUnavailableException>($"PDF of 4M operators ({pdf.Length / 1024} KB)", () => reader.Read(pdf, "ops.pdf", "application/pdf"), output);

        Assert.Equal(ArticleUnavailableReason.TooComplex, error.Reason);
    }

    [Fact]
    public void A_pdf_just_inside_the_operator_budget_is_read()
    {
        var pdf = HostileFiles.PdfOperators(20_000);
        var (article, elapsed, allocated) = Budget.Measure(() => reader.Read(pdf, "ops.pdf", "application/pdf"));
        output.WriteLine($"PDF of 20,000 operators: {elapsed.TotalMilliseconds:0} ms, {allocated / 1048576.0:0.0} MB");

        Assert.Contains("aaaa", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+15'00'")]
    [InlineData("-23'59'")]
    [InlineData("+03'00'")]
    public void A_pdf_with_any_creation_date_offset_is_read_not_refused_as_damaged(string offset)
    {
        var pdf = HostileFiles.PdfArticle(["The council approved the new budget on Monday.", "The mayor said the vote was close."], "D:20231109120000" + offset);

        var article = reader.Read(pdf, "council.pdf", "application/pdf");

        Assert.Contains("council approved", article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2023, 11, 9), article.Published?.Date);
    }

    public static TheoryData<string, string> HostilePages() => new()
    {
        { "20,000 nested div", HostileFiles.NestedDivs(20_000) },
        { "200,000 nested div", HostileFiles.NestedDivs(200_000) },
        { "20,000 unclosed a", HostileFiles.UnclosedAnchors(20_000) },
        { "20,000 nested ul/li", HostileFiles.NestedLists(20_000) },
        { "20,000 ordinary div/p/a blocks", HostileFiles.OrdinaryBlocks(20_000) },
    };

    [Theory]
    [MemberData(nameof(HostilePages))]
    public void Markup_beyond_the_budget_is_refused_before_it_is_parsed(string name, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        var error = Budget.Refused<ArticleUnavailableException>(name, () => reader.Read(bytes, "page.html", "text/html"), output);

        Assert.Equal(ArticleUnavailableReason.TooComplex, error.Reason);
        Assert.StartsWith(TooComplex.Page, error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_markup_as_deep_as_browsers_allow_is_still_read()
    {
        var html = HostileFiles.NestedDivs(300).Replace("Deep text.", "<p>The article's one paragraph is long enough to be the body of the page that holds it.</p>", StringComparison.Ordinal);
        var (article, elapsed, allocated) = Budget.Measure(() => new ArticleExtractor().Extract(html));
        output.WriteLine($"300 nested div: {elapsed.TotalMilliseconds:0} ms, {allocated / 1048576.0:0.0} MB");

        Assert.Contains("one paragraph", article.Text, StringComparison.Ordinal);
        Budget.Within("300 nested div", elapsed, allocated);
    }

    [Fact]
    public void A_canonical_link_that_is_not_http_never_becomes_the_source_address()
    {
        const string html = "<html><head><link rel=\"canonical\" href=\"tg://proxy?server=evil.example&port=443\"></head>"
            + "<body><article><p>The ministry said on Monday that the new rules take effect next month across the country.</p></article></body></html>";

        var page = new ArticleExtractor().Extract(html, new Uri("https://news.example/a"));

        Assert.Equal("https://news.example/a", page.CanonicalUrl);
    }

    [Fact]
    public void Atom_xhtml_content_nested_100000_deep_is_refused_quickly()
    {
        var feed = Encoding.UTF8.GetBytes(HostileFiles.AtomNestedXhtml(100_000));
        var error = Budget.Refused<FeedFormatException>("Atom xhtml 100,000 deep", () => FeedParser.Parse(feed), output);

        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_xhtml_content_of_ordinary_depth_is_read_as_text()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(HostileFiles.AtomNestedXhtml(60)));

        Assert.Equal("text", Assert.Single(feed.Entries).Text);
    }

    [Fact]
    public void Rss_with_100000_nested_elements_is_refused_quickly()
    {
        var feed = Encoding.UTF8.GetBytes(HostileFiles.RssNested(100_000));
        Budget.Refused<FeedFormatException>("RSS 100,000 nested", () => FeedParser.Parse(feed), output);
    }

    [Fact]
    public void A_feed_description_of_20000_nested_divs_is_cut_and_read_within_the_budget()
    {
        var feed = Encoding.UTF8.GetBytes(HostileFiles.RssNestedDescription(20_000));
        var (parsed, elapsed, allocated) = Budget.Measure(() => FeedParser.Parse(feed));
        output.WriteLine($"RSS description of 20,000 nested div: {elapsed.TotalMilliseconds:0} ms, {allocated / 1048576.0:0.0} MB");

        Assert.Single(parsed.Entries);
        Budget.Within("RSS description of 20,000 nested div", elapsed, allocated);
    }

    [Fact]
    public void Opml_with_200000_nested_outlines_is_refused_quickly()
    {
        var opml = Encoding.UTF8.GetBytes(HostileFiles.OpmlNested(200_000));
        Budget.Refused<FormatException>("OPML 200,000 nested", () => OpmlDocument.Read(opml), output);
    }

    [Fact]
    public void A_page_announcing_50000_feeds_yields_only_a_few_candidates_quickly()
    {
        var page = Encoding.UTF8.GetBytes(HostileFiles.PageWithAlternates(50_000, "https://site.example"));
        var (found, elapsed, allocated) = Budget.Measure(() => FeedDiscovery.FromPage(page, new Uri("https://site.example/")));
        output.WriteLine($"50,000 alternates: {elapsed.TotalMilliseconds:0} ms, {allocated / 1048576.0:0.0} MB");

        Assert.Equal(FeedDiscovery.MaxAnnounced, found.Count);
        Assert.Equal("https://site.example/feed/0.xml", found[0].AbsoluteUri);
        Budget.Within("50,000 alternates", elapsed, allocated);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(10_000)]
    public void The_offline_engine_summarizes_thousands_of_sentences_within_the_budget(int sentences)
    {
        var text = HostileFiles.ManySentences(sentences);
        var (result, elapsed, allocated) = Budget.Measure(() => new OfflineSummarizer().Summarize(new Article { Text = text }));
        output.WriteLine($"{sentences:N0} sentences ({text.Length / 1024} KB): {elapsed.TotalMilliseconds:0} ms, {allocated / 1048576.0:0.0} MB");

        Assert.False(string.IsNullOrWhiteSpace(result.Summary));
        Assert.NotEmpty(result.Claims);
        Assert.True(elapsed < Budget.Time, $"took {elapsed}");
        Assert.True(allocated < 4 * Budget.Memory, $"allocated {allocated / 1048576} MB");
    }
}
