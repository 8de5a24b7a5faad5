using System.Globalization;
using System.Text.Json;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Summaries;

namespace Gist.Telegram.Articles;

/// <summary>
/// Keeps each summary reply a chat was sent as its <see cref="ArticleView"/>, for the Mini App, and adds the
/// translation and the follow-up answers as they are made.
/// </summary>
public sealed class ArticleArchive(ISnapshotStore snapshots, TimeProvider time)
{
    /// <summary>The most follow-up answers kept per article view.</summary>
    public const int MaxQuestions = 50;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public Task SaveSummaryAsync(long chatId, long articleId, Article article, SummaryResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(result);
        var view = new ArticleView(articleId, result.Headline, result.Summary, article.Title, article.Source, article.Url,
            article.Language ?? result.SourceLanguage, article.Published, time.GetUtcNow(), result.Claims, null, []);
        return SaveAsync(chatId, view, cancellationToken);
    }

    public Task AddTranslationAsync(long chatId, long articleId, string translation, CancellationToken cancellationToken) =>
        UpdateAsync(chatId, articleId, v => v with { Translation = translation }, cancellationToken);

    public Task AddAnswerAsync(long chatId, long articleId, string question, ArticleAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var asked = new QuestionView(question, answer.Answer, answer.FoundInArticle, answer.Quotes, time.GetUtcNow());
        return UpdateAsync(chatId, articleId, v => v with { Questions = v.Questions.Append(asked).TakeLast(MaxQuestions).ToList() }, cancellationToken);
    }

    public async Task<ArticleView?> GetAsync(long chatId, long articleId, CancellationToken cancellationToken) =>
        await snapshots.GetAsync(chatId, SnapshotKinds.Article, Key(articleId), cancellationToken) is { } snapshot
            ? JsonSerializer.Deserialize<ArticleView>(snapshot.Json, Json)
            : null;

    /// <summary>The chat's latest summary replies, most recent first.</summary>
    public async Task<IReadOnlyList<ArticleView>> ListAsync(long chatId, int max, CancellationToken cancellationToken)
    {
        var list = await snapshots.ListAsync(chatId, SnapshotKinds.Article, max, cancellationToken);
        return list.Select(s => JsonSerializer.Deserialize<ArticleView>(s.Json, Json)).OfType<ArticleView>().ToList();
    }

    /// <summary>Changes a stored view; a reply sent before views were kept has none, and nothing is added then.</summary>
    private async Task UpdateAsync(long chatId, long articleId, Func<ArticleView, ArticleView> change, CancellationToken cancellationToken)
    {
        if (await GetAsync(chatId, articleId, cancellationToken) is { } view)
        {
            await SaveAsync(chatId, change(view), cancellationToken);
        }
    }

    private Task SaveAsync(long chatId, ArticleView view, CancellationToken cancellationToken) =>
        snapshots.SaveAsync(chatId, SnapshotKinds.Article, Key(view.ArticleId), JsonSerializer.Serialize(view, Json), cancellationToken);

    private static string Key(long articleId) => articleId.ToString(CultureInfo.InvariantCulture);
}
