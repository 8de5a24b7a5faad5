using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Extraction.Budgets;
using Gist.Extraction.Documents;
using Gist.Extraction.Extraction;
using Gist.Testing.Hostile;
using Microsoft.Extensions.Options;
using Moq;
using Xunit.Abstractions;

namespace Gist.ReliabilityTests.Hostile;

/// <summary>
/// PDF streams in every filter the PDF reader decodes (LZW, run length, ASCII85 and hex around Flate, a filter
/// named through a reference) are measured as they decode, not by their raw length: bombs in any of them are
/// refused, and articles written with them are still read.
/// </summary>
public sealed class PdfFilterBudgetTests(ITestOutputHelper output)
{
    private static readonly string[] Lines = ["The council approved the new budget on Monday.", "The mayor said the vote was close."];

    private static DocumentReader Reader(ParsingOptions limits) => new(
        new ArticleBuilder(new ArticleExtractor(), Mock.Of<ILanguageDetector>(), Options.Create(limits)),
        new ParsingGate(Options.Create(limits)));

    public static TheoryData<string> Bombs() => ["lzw", "runlength", "ascii85", "hex", "indirect"];

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_pdf_bomb_in_any_filter_is_refused_as_too_complex(string filter)
    {
        var size = filter == "runlength" ? 200L << 20 : 1L << 30;
        var pdf = filter switch
        {
            "lzw" => HostileFiles.PdfLzwBomb(size),
            "runlength" => HostileFiles.PdfRunLengthBomb(size),
            _ => HostileFiles.PdfWrappedBomb(size, filter),
        };

        var error = Budget.Refused<ArticleUnavailableException>($"PDF bomb, {filter} ({pdf.Length / 1024} KB → {size >> 20} MB)",
            () => Reader(new ParsingOptions()).Read(pdf, "bomb.pdf", "application/pdf"), output);

        Assert.Equal(ArticleUnavailableReason.TooComplex, error.Reason);
        Assert.Contains("expand beyond", error.UserMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lzw")]
    [InlineData("runlength")]
    [InlineData("ascii85+flate")]
    [InlineData("hex+flate")]
    [InlineData("ascii85+lzw")]
    public void An_article_written_with_any_filter_is_read(string filter)
    {
        var pdf = HostileFiles.PdfArticleEncoded(Lines, filter);

        var article = Reader(new ParsingOptions()).Read(pdf, "council.pdf", "application/pdf");

        Assert.Contains("council approved the new budget", article.Text, StringComparison.Ordinal);
        Assert.Contains("vote was close", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lzw")]
    [InlineData("runlength")]
    [InlineData("ascii85")]
    public void The_decoded_size_is_counted_exactly_at_the_edge_of_the_budget(string filter)
    {
        // A budget of 1 MB: a stream decoding to 1 MB − 1 KB passes the count (and is then read: a page of spaces has
        // no text), one decoding to 1 MB + 1 KB is refused. A filter counted by its raw length would pass both.
        var limits = new ParsingOptions { MaxPdfDecodedBytes = 1L << 20 };
        byte[] Bomb(long size) => filter switch
        {
            "lzw" => HostileFiles.PdfLzwBomb(size),
            "runlength" => HostileFiles.PdfRunLengthBomb(size),
            _ => HostileFiles.PdfWrappedBomb(size, filter),
        };

        var under = Assert.Throws<ArticleUnavailableException>(() => Reader(limits).Read(Bomb((1L << 20) - 1024), "under.pdf", "application/pdf"));
        var over = Assert.Throws<ArticleUnavailableException>(() => Reader(limits).Read(Bomb((1L << 20) + 1024), "over.pdf", "application/pdf"));

        Assert.NotEqual(ArticleUnavailableReason.TooComplex, under.Reason);
        Assert.Equal(ArticleUnavailableReason.TooComplex, over.Reason);
    }

    [Fact]
    public void More_text_operators_than_the_budget_are_counted_inside_lzw()
    {
        var content = new MemoryStream();
        content.Write("BT /F1 11 Tf 56 760 Td\n"u8);
        for (var i = 0; i < 400_000; i++)
        {
            content.Write("(a) Tj\n"u8);
        }

        var pdf = PdfFile.WithStream(PdfStreamEncoder.Lzw(content.ToArray()), "/Filter /LZWDecode");
        var error = Budget.Refused<ArticleUnavailableException>($"PDF of 400,000 operators in LZW ({pdf.Length / 1024} KB)",
            () => Reader(new ParsingOptions()).Read(pdf, "ops.pdf", "application/pdf"), output);

        Assert.Equal(ArticleUnavailableReason.TooComplex, error.Reason);
        Assert.Contains("pieces of text", error.UserMessage, StringComparison.Ordinal);
    }
}
