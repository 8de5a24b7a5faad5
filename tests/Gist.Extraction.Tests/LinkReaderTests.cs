using System.Text;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gist.Extraction.Tests;

/// <summary>The whole link path (registration, SocketsHttpHandler, redirects, decoding, extraction) against 127.0.0.1.</summary>
public class LinkReaderTests
{
    private const string Html = "text/html; charset=utf-8";

    private static ILinkReader Reader(bool allowPrivate, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Fetch:AllowPrivateNetworks"] = allowPrivate ? "true" : "false",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var services = new ServiceCollection().AddLogging();
        services.AddGistExtraction(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<ILinkReader>();
    }

    private static Dictionary<string, string?> Port(LocalHttpServer server) => new() { ["Fetch:AllowedPorts:0"] = "443", ["Fetch:AllowedPorts:1"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static byte[] ArabicPage() => Fixture.Bytes("arabic-mustaqila.html");

    [Fact]
    public async Task Default_settings_refuse_loopback()
    {
        await using var server = new LocalHttpServer();
        server.Map("/a", "200 OK", $"Content-Type: {Html}\r\n", ArabicPage());
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => Reader(false, Port(server)).ReadAsync(server.Url("/a"), CancellationToken.None));
        Assert.Equal(ArticleUnavailableReason.AddressNotAllowed, error.Reason);
        Assert.Equal("That address is not allowed.", error.UserMessage);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Allowed_private_network_reads_the_article_through_a_redirect()
    {
        await using var server = new LocalHttpServer();
        server.Map("/short", "301 Moved Permanently", "Location: /a\r\n", []);
        server.Map("/a", "200 OK", $"Content-Type: {Html}\r\n", ArabicPage());
        var article = await Reader(true, Port(server)).ReadAsync(server.Url("/short"), CancellationToken.None);
        Assert.Equal(ArticleOrigin.Link, article.Origin);
        Assert.Equal(Fixture.Text("arabic-mustaqila.expected.txt").Trim(), article.Text);
        Assert.Equal("ar", article.Language);
        Assert.Equal("وكالة الصحافة المستقلة", article.Source);
        Assert.Equal("https://mustaqila.example/news/2023/11/09/blinken-seoul", article.Url);
    }

    [Fact]
    public async Task Windows_1256_page_is_decoded_from_the_header()
    {
        await using var server = new LocalHttpServer();
        server.Map("/w", "200 OK", "Content-Type: text/html; charset=windows-1256\r\n", Fixture.Bytes("arabic-cp1256.html"));
        var article = await Reader(true, Port(server)).ReadAsync(server.Url("/w"), CancellationToken.None);
        Assert.Equal(Fixture.Text("arabic-cp1256.expected.txt").Trim(), article.Text);
    }

    [Theory]
    [InlineData("http://127.0.0.1:22/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/")]
    public async Task Redirect_to_a_refused_address_is_refused(string target)
    {
        await using var server = new LocalHttpServer();
        server.Map("/r", "302 Found", $"Location: {target}\r\n", []);
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => Reader(true, Port(server)).ReadAsync(server.Url("/r"), CancellationToken.None));
        Assert.Equal(ArticleUnavailableReason.AddressNotAllowed, error.Reason);
    }

    [Fact]
    public async Task Redirect_loop_stops_after_the_limit()
    {
        await using var server = new LocalHttpServer();
        server.Map("/loop", "302 Found", "Location: /loop\r\n", []);
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => Reader(true, Port(server)).ReadAsync(server.Url("/loop"), CancellationToken.None));
        Assert.Equal("The page redirected too many times.", error.UserMessage);
    }

    [Fact]
    public async Task Not_found_is_reported_with_its_status()
    {
        await using var server = new LocalHttpServer();
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => Reader(true, Port(server)).ReadAsync(server.Url("/missing"), CancellationToken.None));
        Assert.Equal(ArticleUnavailableReason.HttpError, error.Reason);
        Assert.Equal("The page answered 404 Not Found.", error.UserMessage);
    }

    [Fact]
    public async Task Image_is_not_an_article()
    {
        await using var server = new LocalHttpServer();
        server.Map("/i", "200 OK", "Content-Type: image/png\r\n", [0x89, 0x50, 0x4E, 0x47]);
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => Reader(true, Port(server)).ReadAsync(server.Url("/i"), CancellationToken.None));
        Assert.Equal(ArticleUnavailableReason.UnsupportedContent, error.Reason);
        Assert.Equal("That link is not an article (it is image/png).", error.UserMessage);
    }

    [Fact]
    public async Task Body_over_the_cap_is_too_large()
    {
        await using var server = new LocalHttpServer();
        server.Map("/big", "200 OK", $"Content-Type: {Html}\r\n", Encoding.UTF8.GetBytes(new string('x', 4096)));
        var settings = Port(server);
        settings["Fetch:MaxBytes"] = "2048";
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => Reader(true, settings).ReadAsync(server.Url("/big"), CancellationToken.None));
        Assert.Equal(ArticleUnavailableReason.TooLarge, error.Reason);
    }

    [Fact]
    public async Task Slow_page_times_out_as_a_transient_error()
    {
        await using var server = new LocalHttpServer();
        server.MapHang("/slow");
        var settings = Port(server);
        settings["Fetch:Timeout"] = "00:00:00.500";
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => Reader(true, settings).ReadAsync(server.Url("/slow"), CancellationToken.None));
        Assert.Equal(ArticleUnavailableReason.Timeout, error.Reason);
        Assert.Equal("The page took too long to answer.", error.UserMessage);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Port_outside_the_allowlist_is_refused()
    {
        await using var server = new LocalHttpServer();
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => Reader(true).ReadAsync(server.Url("/a"), CancellationToken.None));
        Assert.Equal(ArticleUnavailableReason.AddressNotAllowed, error.Reason);
    }
}
