using System.Text;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Gist.Extraction.Documents;
using Gist.Extraction.Fetching;

namespace Gist.Extraction.Tests;

public class DocumentReaderTests
{
    private static IServiceProvider Services(Dictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGistExtraction(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());
        return services.BuildServiceProvider();
    }

    private static DocumentReader Reader() => (DocumentReader)Services().GetRequiredService<IDocumentReader>();

    [Fact]
    public void Windows_1256_text_file_is_decoded_and_its_language_detected()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Fixture.Text("arabic-cp1256.expected.txt").Trim();
        var article = Reader().Read(Encoding.GetEncoding(1256).GetBytes(text), "seoul.txt", "text/plain");
        Assert.Equal(text, article.Text);
        Assert.Equal("ar", article.Language);
        Assert.Equal(ArticleOrigin.Document, article.Origin);
    }

    [Fact]
    public void Html_file_is_extracted_like_a_page()
    {
        var article = Reader().Read(Fixture.Bytes("arabic-mustaqila.html"), "page.html", null);
        Assert.Equal(Fixture.Text("arabic-mustaqila.expected.txt").Trim(), article.Text);
    }

    [Fact]
    public void Image_file_is_refused_by_name()
    {
        var error = Assert.Throws<ArticleUnavailableException>(() => Reader().Read(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0 }, "photo.png", "image/png"));
        Assert.Equal(ArticleUnavailableReason.UnsupportedContent, error.Reason);
        Assert.Contains("image/png", error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_bytes_named_txt_are_refused()
    {
        var error = Assert.Throws<ArticleUnavailableException>(() => Reader().Read(new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 1 }, "notes.txt", null));
        Assert.Equal(ArticleUnavailableReason.UnsupportedContent, error.Reason);
    }

    [Fact]
    public void Damaged_pdf_is_a_clear_refusal()
    {
        var error = Assert.Throws<ArticleUnavailableException>(() => Reader().Read(Encoding.ASCII.GetBytes("%PDF-1.4 broken"), "report.pdf", "application/pdf"));
        Assert.Equal(ArticleUnavailableReason.UnsupportedContent, error.Reason);
    }

    [Fact]
    public void Empty_text_file_holds_no_article()
    {
        var error = Assert.Throws<ArticleUnavailableException>(() => Reader().Read(Encoding.UTF8.GetBytes("  \n "), "empty.txt", "text/plain"));
        Assert.Equal(ArticleUnavailableReason.NoArticle, error.Reason);
    }

    [Fact]
    public void Pdf_date_follows_the_pdf_format() =>
        Assert.Equal(new DateTimeOffset(2023, 11, 9, 10, 15, 0, TimeSpan.FromHours(3)), Documents.PdfText.ParsePdfDate("D:20231109101500+03'00'"));

    [Fact]
    public void Invalid_fetch_settings_fail_at_start()
    {
        var services = Services(new() { ["Fetch:MaxRedirects"] = "500" });
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FetchOptions>>().Value);
    }

    [Fact]
    public void Default_fetch_settings_refuse_private_networks()
    {
        var options = Services().GetRequiredService<IOptions<FetchOptions>>().Value;
        Assert.False(options.AllowPrivateNetworks);
        Assert.Equal([80, 443], options.AllowedPorts);
        Assert.Equal(5, options.MaxRedirects);
    }

    [Fact]
    public void Configured_ports_replace_the_defaults()
    {
        var options = Services(new() { ["Fetch:AllowedPorts:0"] = "8443" }).GetRequiredService<IOptions<FetchOptions>>().Value;
        Assert.Equal([8443], options.AllowedPorts);
    }
}
