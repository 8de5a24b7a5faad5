using Gist.Digests.Archive;
using Gist.MiniApp.Auth;
using Gist.Telegram.Articles;
using Microsoft.AspNetCore.Http;

namespace Gist.MiniApp.Api;

/// <summary>
/// Search over the user's own digests and summary replies: headlines, summaries, claims, speakers, outlets and the
/// quoted evidence, case-insensitive. Reads the user's recent views (bounded), so it never touches another chat's.
/// </summary>
public sealed class SearchApi(DigestArchive digests, ArticleArchive articles)
{
    public const int MaxQueryLength = 200;
    public const int MaxHits = 50;
    private const int SnippetRadius = 80;

    public async Task<IResult> SearchAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = ((string?)context.Request.Query["q"] ?? "").Trim();
        if (query.Length < 2 || query.Length > MaxQueryLength)
        {
            return ApiResponses.Invalid($"Search for 2 to {MaxQueryLength} characters.");
        }

        var hits = new List<SearchHit>();
        foreach (var digest in await digests.ListAsync(user.Id, DigestApi.MaxDates, cancellationToken))
        {
            foreach (var story in digest.Stories)
            {
                var texts = new[] { story.Headline, story.Summary }
                    .Concat(story.Outlets.Select(o => o.Name))
                    .Concat(story.Claims.Concat(story.Disputes.SelectMany(d => new[] { d.Claim, d.Denial }))
                        .SelectMany(c => c.Evidence.Select(e => e.Quote).Prepend(c.Speaker).Prepend(c.Text)));
                if (Match(texts, query) is { } snippet)
                {
                    hits.Add(new SearchHit("story", story.Headline, snippet, digest.Date, story.Number, null));
                }
            }
        }

        foreach (var article in await articles.ListAsync(user.Id, ArticleApi.MaxArticles, cancellationToken))
        {
            var texts = new[] { article.Headline, article.Summary, article.Title ?? "", article.Source ?? "" }
                .Concat(article.Claims.SelectMany(c => new[] { c.Text, c.Speaker, c.Evidence }))
                .Concat(article.Questions.SelectMany(q => new[] { q.Question, q.Answer }));
            if (Match(texts, query) is { } snippet)
            {
                hits.Add(new SearchHit("article", article.Headline, snippet, null, null, article.ArticleId));
            }
        }

        return ApiResponses.Ok(new { query, results = hits.Take(MaxHits).ToList(), more = hits.Count > MaxHits });
    }

    /// <summary>The first text containing the query, cut to a snippet around it; null when none does.</summary>
    public static string? Match(IEnumerable<string> texts, string query)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var text in texts)
        {
            var at = text.IndexOf(query, StringComparison.CurrentCultureIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var start = Math.Max(0, at - SnippetRadius);
            var end = Math.Min(text.Length, at + query.Length + SnippetRadius);
            return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
        }

        return null;
    }
}
