using Microsoft.Playwright;

namespace Gist.MiniApp.Tests.Support;

/// <summary>One browser context on the app, recording every request the page makes and every console error
/// (a Content Security Policy violation is one).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> requests = [];
    private readonly List<string> errors = [];
    private readonly string origin;

    public BrowserSession(IBrowserContext context, IPage page, string origin)
    {
        ArgumentNullException.ThrowIfNull(page);
        Context = context;
        Page = page;
        this.origin = origin;
        page.Request += (_, request) => { lock (requests) { requests.Add(request.Url); } };
        page.Console += (_, message) => { if (message.Type == "error") { lock (errors) { errors.Add(message.Text); } } };
        page.PageError += (_, error) => { lock (errors) { errors.Add(error); } };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>No request left the app's own origin, and nothing was refused or thrown (but the 400 answers a test
    /// provoked on purpose, when <paramref name="badRequestsExpected"/>).</summary>
    public void AssertOnlyOwnRequestsAndNoErrors(bool badRequestsExpected = false)
    {
        lock (requests)
        {
            Assert.NotEmpty(requests);
            Assert.All(requests, url => Assert.StartsWith(origin + "/app/", url, StringComparison.Ordinal));
        }

        lock (errors)
        {
            var unexpected = errors.Where(e => !(badRequestsExpected && e.Contains("status of 400", StringComparison.Ordinal))).ToList();
            Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        }
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
