using Gist.Core.Storage;
using Gist.Storage.Sqlite;

namespace Gist.Storage;

/// <summary>Headlines and translation messages of stored articles, in SQLite (tables of migration 21).</summary>
public sealed class SqliteArticleReplyStore(SqliteDatabase database, TimeProvider time) : IArticleReplyStore
{
    private const string UpsertHeadline = """
        INSERT INTO article_headlines (article_id, language, headline, created_at) VALUES ($article, $language, $headline, $now)
        ON CONFLICT (article_id, language) DO UPDATE SET headline = excluded.headline, created_at = excluded.created_at;
        """;

    private const string SelectHeadline = "SELECT headline FROM article_headlines WHERE article_id = $article AND language = $language;";

    private const string InsertTranslation = """
        INSERT INTO article_translations (chat_id, article_id, language, message_id, created_at) VALUES ($chat, $article, $language, $message, $now)
        ON CONFLICT (chat_id, article_id, language) DO NOTHING;
        """;

    private const string SelectTranslation = "SELECT message_id FROM article_translations WHERE chat_id = $chat AND article_id = $article AND language = $language;";

    public Task SaveHeadlineAsync(long articleId, string language, string headline, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command(UpsertHeadline).Bind("$article", articleId).Bind("$language", language)
            .Bind("$headline", headline).Bind("$now", SqliteText.Timestamp(time.GetUtcNow())).ExecuteNonQuery(), cancellationToken);

    public Task<string?> GetHeadlineAsync(long articleId, string language, CancellationToken cancellationToken) =>
        database.ReadAsync(session => session.Command(SelectHeadline).Bind("$article", articleId).Bind("$language", language).ExecuteScalar() as string, cancellationToken);

    public Task SaveTranslationMessageAsync(long chatId, long articleId, string language, int messageId, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command(InsertTranslation).Bind("$chat", chatId).Bind("$article", articleId).Bind("$language", language)
            .Bind("$message", messageId).Bind("$now", SqliteText.Timestamp(time.GetUtcNow())).ExecuteNonQuery(), cancellationToken);

    public async Task<int?> FindTranslationMessageAsync(long chatId, long articleId, string language, CancellationToken cancellationToken) =>
        (int?)await database.ReadAsync(session => session.Command(SelectTranslation).Bind("$chat", chatId).Bind("$article", articleId)
            .Bind("$language", language).ScalarInt64(), cancellationToken);
}
