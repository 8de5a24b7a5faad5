using System.Text.Json;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.MiniApp.Tests.Support;
using Gist.Telegram.Articles;
using Gist.Testing.Media;
using Microsoft.Playwright;

namespace Gist.MiniApp.Tests;

/// <summary>
/// The Mini App in a real browser, opened as Telegram opens it (launch parameters in the URL fragment), on the seed
/// reference digest. Each view is saved as a screenshot under TestResults/miniapp-screenshots.
/// </summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string LightTheme = "{\"bg_color\":\"#ffffff\",\"text_color\":\"#000000\",\"hint_color\":\"#999999\",\"link_color\":\"#2481cc\",\"button_color\":\"#2481cc\",\"button_text_color\":\"#ffffff\",\"secondary_bg_color\":\"#efeff3\"}";
    private const string DarkTheme = "{\"bg_color\":\"#17212b\",\"text_color\":\"#f5f5f5\",\"hint_color\":\"#708499\",\"link_color\":\"#6ab3f3\",\"button_color\":\"#5288c1\",\"button_text_color\":\"#ffffff\",\"secondary_bg_color\":\"#232e3c\"}";

    private MiniAppHost Host => fixture.Host;

    [RequiresProgramsFact("chromium")]
    public async Task The_digest_shows_three_stories_with_claim_counts_and_the_evidence_on_tap()
    {
        const long user = 6001;
        var date = await Host.DeliverReferenceDigestAsync(user);
        await using var session = await OpenAsync(user, $"?digest={date}", LightTheme);
        var page = session.Page;

        await page.Locator(".story").Nth(2).WaitForAsync();
        Assert.Equal(3, await page.Locator(".story").CountAsync());
        var first = page.Locator(".story").First;
        Assert.StartsWith("1. ", await first.Locator(".headline").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("3", await first.Locator(".chart.coverage").GetAttributeAsync("data-outlets"));
        Assert.Equal(3, await page.Locator(".chart.widest rect").CountAsync());
        var arms = first.Locator(".dispute .claim").First;
        Assert.Equal("3", await arms.Locator(".count").TextContentAsync());
        Assert.False(await arms.Locator(".evidence").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("digest.png"), FullPage = true });

        await arms.Locator(".claim-toggle").ClickAsync();

        var quote = arms.Locator(".evidence blockquote").First;
        await quote.WaitForAsync();
        Assert.Equal("auto", await quote.GetAttributeAsync("dir"));
        Assert.Equal("ar", await quote.GetAttributeAsync("lang"));
        Assert.Matches(@"\p{IsArabic}", await quote.TextContentAsync());
        Assert.StartsWith("https://example.org/", await arms.Locator(".evidence a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("rtl", await quote.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("digest-evidence.png"), FullPage = true });
        session.AssertOnlyOwnRequestsAndNoErrors();
    }

    [RequiresProgramsFact("chromium")]
    public async Task The_dark_theme_comes_from_Telegrams_theme_parameters()
    {
        const long user = 6002;
        var date = await Host.DeliverReferenceDigestAsync(user);
        await using var session = await OpenAsync(user, $"?digest={date}", DarkTheme);
        var page = session.Page;

        await page.Locator(".story").First.WaitForAsync();

        Assert.Equal("dark", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        Assert.Equal("rgb(23, 33, 43)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("rgb(245, 245, 245)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("digest-dark.png"), FullPage = true });
        session.AssertOnlyOwnRequestsAndNoErrors();
    }

    [RequiresProgramsFact("chromium")]
    public async Task A_filter_and_a_digest_time_edited_in_the_app_are_saved_and_a_bad_time_is_refused()
    {
        const long user = 6003;
        await Host.DeliverReferenceDigestAsync(user);
        await using var session = await OpenAsync(user, "", LightTheme);
        var page = session.Page;
        await page.Locator(".story").First.WaitForAsync();

        await page.ClickAsync("#tab-subscriptions");
        var feed = page.Locator(".feed").First;
        await feed.WaitForAsync();
        await feed.Locator("input.filter").FillAsync("+Blinken -sport");
        await feed.Locator(".save-filter").ClickAsync();
        await page.Locator("#status:has-text('filter: +Blinken -sport')").WaitForAsync();
        await page.FillAsync("#digest-time", "25:00");
        await page.ClickAsync("#save-schedule");
        await page.Locator("#status.error:has-text('A day has hours 0 to 23')").WaitForAsync();
        await page.FillAsync("#digest-time", "7:30 pm");
        await page.ClickAsync("#save-schedule");
        await page.Locator("#status:has-text('19:30')").WaitForAsync();

        var subscriptions = await Host.Service<Gist.Core.Storage.ISubscriptionStore>().ListAsync(user, default);
        Assert.Contains(subscriptions, s => s.IncludeWords == "Blinken" && s.ExcludeWords == "sport");
        Assert.Equal(new TimeOnly(19, 30), (await Host.Service<Gist.Core.Storage.ISubscriberStore>().GetAsync(user, default))!.DigestTime);
        await page.ReloadAsync();
        await page.ClickAsync("#tab-subscriptions");
        await page.Locator(".feed").First.WaitForAsync();
        Assert.Contains("+Blinken -sport", await page.Locator("input.filter").EvaluateAllAsync<string[]>("es => es.map(e => e.value)"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("subscriptions.png"), FullPage = true });
        session.AssertOnlyOwnRequestsAndNoErrors(badRequestsExpected: true);
    }

    [RequiresProgramsFact("chromium")]
    public async Task A_script_in_a_title_is_shown_as_text()
    {
        const long user = 6004;
        const string hostile = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> Seoul talks";
        var article = new Article { Text = "نص " + Guid.NewGuid(), Title = hostile, Source = "<b>Outlet</b>", Url = "javascript:alert(1)", Language = "ar" };
        var id = await Host.Service<IArticleStore>().SaveAsync(article, default);
        var result = new SummaryResult { Headline = hostile, Summary = "A summary.", Claims = [new Claim("A claim.", "<i>Speaker</i>", "statement", "نص")], SourceLanguage = "ar", Engine = SummaryEngine.Llm };
        await Host.Service<ArticleArchive>().SaveSummaryAsync(user, id, article, result, default);
        await using var session = await OpenAsync(user, $"?article={id}", LightTheme);
        var page = session.Page;

        await page.Locator("h1.headline").WaitForAsync();

        Assert.Equal(hostile, await page.Locator("h1.headline").TextContentAsync());
        Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        Assert.Equal(0, await page.Locator("a[href^='javascript']").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("article-hostile.png"), FullPage = true });
        session.AssertOnlyOwnRequestsAndNoErrors();
    }

    [RequiresProgramsFact("chromium")]
    public async Task Search_finds_the_users_stories()
    {
        const long user = 6005;
        await Host.DeliverReferenceDigestAsync(user);
        await using var session = await OpenAsync(user, "", LightTheme);
        var page = session.Page;
        await page.Locator(".story").First.WaitForAsync();

        await page.ClickAsync("#tab-search");
        await page.FillAsync("#search-input", "Park Jin");
        await page.ClickAsync("#search-go");

        await page.Locator("#search-results .result").First.WaitForAsync();
        Assert.Contains("Park Jin", await page.Locator("#search-results").TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("search.png"), FullPage = true });

        await page.Locator("#search-results .result").First.ClickAsync();

        await page.Locator(".story").First.WaitForAsync();
        Assert.True(await page.Locator("#story-1 .headline").IsVisibleAsync());
        session.AssertOnlyOwnRequestsAndNoErrors();
    }

    [RequiresProgramsFact("chromium")]
    public async Task Without_initData_the_page_asks_to_open_it_from_Telegram()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(Host.BaseUrl + "/app/");

        await page.Locator("#unauthorized").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("unauthorized.png"), FullPage = true });
    }

    private async Task<BrowserSession> OpenAsync(long user, string query, string theme)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 420, Height = 860 } });
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, Host.BaseUrl);
        var fragment = "tgWebAppData=" + Uri.EscapeDataString(Host.InitData(user)) + "&tgWebAppVersion=8.0&tgWebAppPlatform=tdesktop&tgWebAppThemeParams=" + Uri.EscapeDataString(theme);
        await page.GotoAsync($"{Host.BaseUrl}/app/{query}#{fragment}");
        return session;
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);
}
