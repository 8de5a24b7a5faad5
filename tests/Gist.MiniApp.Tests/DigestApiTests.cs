using System.Net;
using System.Text.Json;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.MiniApp.Tests.Support;
using Gist.Telegram.Articles;

namespace Gist.MiniApp.Tests;

/// <summary>The digest, article and search API over what the bot really sent, and each user sees only their own.</summary>
public sealed class DigestApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const long Reader = 2001;
    private const long Stranger = 2002;
    private MiniAppHost Host => fixture.Host;

    [Fact]
    public async Task The_reference_digest_has_three_stories_with_counted_claims_evidence_and_the_denial_beside_its_claim()
    {
        var date = await Host.DeliverReferenceDigestAsync(Reader);

        using var list = await GetJsonAsync($"/app/api/digests", Reader);
        Assert.Equal(date, list.RootElement[0].GetProperty("date").GetString());
        using var digest = await GetJsonAsync($"/app/api/digests/{date}", Reader);
        var stories = digest.RootElement.GetProperty("stories");
        Assert.Equal(3, stories.GetArrayLength());
        var seoul = stories[0];
        Assert.Equal(3, seoul.GetProperty("outletCount").GetInt32());
        Assert.Equal(new string?[] { "Al Jazeera", "Al Mustaqilla", "Asharq Al-Awsat" }, seoul.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("name").GetString()).Distinct().Order().ToArray());
        Assert.All(seoul.GetProperty("outlets").EnumerateArray(), o => Assert.Equal("ar", o.GetProperty("language").GetString()));

        var dispute = seoul.GetProperty("disputes")[0];
        Assert.Contains("arms", dispute.GetProperty("claim").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, dispute.GetProperty("claim").GetProperty("outletCount").GetInt32());
        Assert.Contains("deny", dispute.GetProperty("denial").GetProperty("text").GetString(), StringComparison.Ordinal);
        var evidence = dispute.GetProperty("claim").GetProperty("evidence")[0];
        Assert.Matches(@"\p{IsArabic}", evidence.GetProperty("quote").GetString());
        Assert.StartsWith("https://example.org/", evidence.GetProperty("link").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_user_sees_none_of_it()
    {
        var date = await Host.DeliverReferenceDigestAsync(Reader + 10);
        var articleId = await SaveArticleAsync(Reader + 10, "Blinken in Seoul");

        using var dates = await GetJsonAsync("/app/api/digests", Stranger);
        Assert.Equal(0, dates.RootElement.GetArrayLength());
        using var digest = await Host.GetAsync($"/app/api/digests/{date}", Host.InitData(Stranger));
        Assert.Equal(HttpStatusCode.NotFound, digest.StatusCode);
        using var article = await Host.GetAsync($"/app/api/articles/{articleId}", Host.InitData(Stranger));
        Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
        using var search = await GetJsonAsync("/app/api/search?q=Blinken", Stranger);
        Assert.Equal(0, search.RootElement.GetProperty("results").GetArrayLength());
        using var subscriptions = await GetJsonAsync("/app/api/subscriptions", Stranger);
        Assert.Equal(0, subscriptions.RootElement.GetProperty("feeds").GetArrayLength());

        using var own = await GetJsonAsync("/app/api/search?q=Blinken", Reader + 10);
        Assert.Contains(own.RootElement.GetProperty("results").EnumerateArray(), r => r.GetProperty("kind").GetString() == "story");
        Assert.Contains(own.RootElement.GetProperty("results").EnumerateArray(), r => r.GetProperty("kind").GetString() == "article");
    }

    [Fact]
    public async Task An_article_view_has_the_summary_claims_translation_and_answers()
    {
        const long user = Reader + 20;
        var articleId = await SaveArticleAsync(user, "Blinken voices concern");
        var archive = Host.Service<ArticleArchive>();
        await archive.AddTranslationAsync(user, articleId, "The full English text.", default);
        await archive.AddAnswerAsync(user, articleId, "Who met whom?", new ArticleAnswer("Blinken met Park Jin.", true, ["بارك جين"], SummaryEngine.Llm), default);

        using var view = await GetJsonAsync($"/app/api/articles/{articleId}", user);

        Assert.Equal("Blinken voices concern", view.RootElement.GetProperty("headline").GetString());
        Assert.Equal("أنتوني بلينكن", view.RootElement.GetProperty("claims")[0].GetProperty("evidence").GetString());
        Assert.Equal("The full English text.", view.RootElement.GetProperty("translation").GetString());
        Assert.Equal("Blinken met Park Jin.", view.RootElement.GetProperty("questions")[0].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task A_hostile_title_stays_text_in_the_json()
    {
        const long user = Reader + 30;
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        var articleId = await SaveArticleAsync(user, hostile);

        using var response = await Host.GetAsync($"/app/api/articles/{articleId}", Host.InitData(user));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.Equal(hostile, JsonDocument.Parse(body).RootElement.GetProperty("headline").GetString());
    }

    private async Task<long> SaveArticleAsync(long chatId, string headline)
    {
        var article = new Article { Text = "نص المقال " + Guid.NewGuid(), Title = headline, Source = "Al Mustaqilla", Url = "https://example.org/a", Language = "ar" };
        var id = await Host.Service<Core.Storage.IArticleStore>().SaveAsync(article, default);
        var result = new SummaryResult
        {
            Headline = headline,
            Summary = "Antony Blinken said in Seoul that he shares South Korea's concern.",
            Claims = [new Claim("North Korea is supplying Russia with arms.", "Antony Blinken", "accusation", "أنتوني بلينكن")],
            SourceLanguage = "ar",
            Engine = SummaryEngine.Llm,
        };
        await Host.Service<ArticleArchive>().SaveSummaryAsync(chatId, id, article, result, default);
        return id;
    }

    private async Task<JsonDocument> GetJsonAsync(string path, long user)
    {
        using var response = await Host.GetAsync(path, Host.InitData(user));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {Host.Logs.All}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
