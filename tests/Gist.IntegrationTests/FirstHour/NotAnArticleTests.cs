using System.Text;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Gist.IntegrationTests.FirstHour;

/// <summary>Pages that are not articles are named as what they are; a short real article is still summarized (issue 13, item 5).</summary>
public sealed class NotAnArticleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["/table"] = Page("Quarterly results", "<table><tr><th>Quarter</th><th>Revenue</th><th>Cost</th></tr>" +
            "<tr><td>Q1</td><td>1200</td><td>800</td></tr><tr><td>Q2</td><td>1350</td><td>910</td></tr>" +
            "<tr><td>Q3</td><td>1420</td><td>950</td></tr><tr><td>Q4</td><td>1600</td><td>1010</td></tr></table>"),
        ["/home"] = Page("My homepage", "<p>Contact me at me@example.com.</p>"),
        ["/login"] = Page("Sign in", "<form><p>Sign in to continue reading.</p><label>Email</label><input><label>Password</label>" +
            "<input type=password><button>Log in</button><p>No account? Create an account.</p></form>"),
        ["/links"] = Page("World news", "<ul>" + string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<li><a href=\"/story/{i}\">Story number {i} about the economy</a></li>")) + "</ul>"),
    };

    [Fact]
    public async Task A_table_a_homepage_a_login_wall_and_a_list_of_links_are_named_with_what_to_send_instead()
    {
        await using var site = await LoopbackHost.StartAsync(_ => async context =>
        {
            if (Pages.TryGetValue(context.Request.Path.Value ?? "", out var html))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(html, Encoding.UTF8);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        });
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Fetch:AllowedPorts:2"] = new Uri(site.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var alice = FakeUser.Create(1311, "Alice");

        foreach (var path in Pages.Keys)
        {
            telegram.Updates.EnqueueText(alice, site.BaseUrl + path);
        }

        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count(m => m.Text.Contains("127.0.0.1:", StringComparison.Ordinal)) >= 4, Timeout);

        var replies = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.Contains("table of figures, not an article", replies, StringComparison.Ordinal);
        Assert.Contains("almost no text of its own", replies, StringComparison.Ordinal);
        Assert.Contains("asks to sign in", replies, StringComparison.Ordinal);
        Assert.Contains("list of links or headlines", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Revenue", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact me", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(telegram.State.Messages(alice.Id), m => m.ButtonTexts.Count > 0);
    }

    [Fact]
    public async Task A_short_real_article_of_three_sentences_is_summarized_and_an_english_one_offers_no_translation()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(1312, "Alice");
        const string Paste = "The port reopened on Monday after the strike. Union leaders said workers won a raise. " +
            "Shipping firms said delays would last a week.";

        telegram.Updates.EnqueueText(alice, Paste);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("Attributed statements", StringComparison.Ordinal)), Timeout);

        var reply = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.DoesNotContain("too short", reply, StringComparison.Ordinal);
        Assert.Contains("Union leaders said workers won a raise.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(telegram.State.Messages(alice.Id), m => m.ButtonTexts.Contains("Full translation"));
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>";
}
