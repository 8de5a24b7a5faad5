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

    public void Dispose()
    {
        Directory.Delete(input, recursive: true);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
