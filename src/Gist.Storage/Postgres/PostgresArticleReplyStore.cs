using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>Headlines and translation messages of stored articles, in PostgreSQL.</summary>
public sealed class PostgresArticleReplyStore(PostgresDatabase database, TimeProvider time) : IArticleReplyStore
{
    public Task SaveHeadlineAsync(long articleId, string language, string headline, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(connection => connection.Sql("""
            INSERT INTO article_headlines (article_id, language, headline, created_at) VALUES (@article, @language, @headline, @now)
            ON CONFLICT (article_id, language) DO UPDATE SET headline = excluded.headline, created_at = excluded.created_at;
            """).With("article", articleId).With("language", language).With("headline", headline).With("now", now).RunAsync(cancellationToken),
            cancellationToken);
    }

    public Task<string?> GetHeadlineAsync(long articleId, string language, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => await connection.Sql("SELECT headline FROM article_headlines WHERE article_id = @article AND language = @language;")
            .With("article", articleId).With("language", language).ScalarAsync(cancellationToken) as string, cancellationToken);

    public Task SaveTranslationMessageAsync(long chatId, long articleId, string language, int messageId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(connection => connection.Sql("""
            INSERT INTO article_translations (chat_id, article_id, language, message_id, created_at) VALUES (@chat, @article, @language, @message, @now)
            ON CONFLICT (chat_id, article_id, language) DO NOTHING;
            """).With("chat", chatId).With("article", articleId).With("language", language).With("message", messageId).With("now", now)
            .RunAsync(cancellationToken), cancellationToken);
    }

    public async Task<int?> FindTranslationMessageAsync(long chatId, long articleId, string language, CancellationToken cancellationToken) =>
        (int?)await database.ReadAsync(connection => connection.Sql("""
            SELECT message_id FROM article_translations WHERE chat_id = @chat AND article_id = @article AND language = @language;
            """).With("chat", chatId).With("article", articleId).With("language", language).ScalarInt64Async(cancellationToken), cancellationToken);
}
