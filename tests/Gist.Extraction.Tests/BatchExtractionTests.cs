using System.IO.Compression;
using Gist.Extraction.Batch;
using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

public sealed class BatchExtractionTests : IDisposable
{
    private readonly string input = Directory.CreateTempSubdirectory("gist-batch-in").FullName;
    private readonly string output = Path.Combine(Path.GetTempPath(), "gist-batch-out-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Html_and_gzipped_html_pages_become_id_txt_files_with_the_body_only()
    {
        File.Copy(Fixture.PathOf("arabic-mustaqila.html"), Path.Combine(input, "page-one.html"));
        using (var gzip = new GZipStream(File.Create(Path.Combine(input, "page-two.html.gz")), CompressionLevel.Fastest))
        {
            gzip.Write(Fixture.Bytes("arabic-cp1256.html"));
        }

        File.WriteAllText(Path.Combine(input, "notes.md"), "not a page");
        Directory.CreateDirectory(Path.Combine(input, "nested"));
        File.Copy(Fixture.PathOf("arabic-mustaqila.html"), Path.Combine(input, "nested", "deeper.html"));

        var report = await new BatchExtraction(new ArticleExtractor()).RunAsync(input, output, CancellationToken.None);

        Assert.Equal(2, report.Pages);
        Assert.Equal(0, report.Failed);
        Assert.True(report.PagesPerSecond > 0);
        Assert.Equal(["page-one.txt", "page-two.txt"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Fixture.Text("arabic-mustaqila.expected.txt").Trim(), File.ReadAllText(Path.Combine(output, "page-one.txt")));
        Assert.Equal(Fixture.Text("arabic-cp1256.expected.txt").Trim(), File.ReadAllText(Path.Combine(output, "page-two.txt")));
    }

    [Fact]
    public async Task Pages_that_cannot_be_read_or_hold_no_text_get_an_empty_file_and_are_named_in_the_report()
    {
        File.Copy(Fixture.PathOf("arabic-mustaqila.html"), Path.Combine(input, "good.html"));
        File.WriteAllBytes(Path.Combine(input, "broken.html.gz"), [0x1f, 0x8b, 0x09, 0x00, 0xde, 0xad, 0xbe, 0xef]); // bad gzip method
        File.WriteAllText(Path.Combine(input, "blank.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");

        var report = await new BatchExtraction(new ArticleExtractor()).RunAsync(input, output, CancellationToken.None);

        Assert.Equal(3, report.Pages);
        Assert.Equal(2, report.Failed);
        Assert.Equal(string.Empty, File.ReadAllText(Path.Combine(output, "broken.txt")));
        Assert.NotEmpty(File.ReadAllText(Path.Combine(output, "good.txt")));
        var printed = report.ToString().Split('\n');
        Assert.StartsWith("3 pages, 2 failed, ", printed[0], StringComparison.Ordinal);
        Assert.Equal("failed: blank: no article text found", printed[1]);
        Assert.StartsWith("failed: broken: ", printed[2], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(input, recursive: true);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
