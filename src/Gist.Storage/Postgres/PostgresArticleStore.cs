using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>
/// Articles in PostgreSQL, one row per distinct text (<see cref="ContentHash"/>): saving a text already stored returns
/// the existing id and keeps the first metadata, whichever instance saved it first.
/// </summary>
public sealed class PostgresArticleStore(PostgresDatabase database, TimeProvider time) : IArticleStore
{
    private const string Insert = """
        INSERT INTO articles (content_hash, text, title, source, url, author, published, language, origin, partial, reading_note, created_at)
        VALUES (@hash, @text, @title, @source, @url, @author, @published, @language, @origin, @partial, @reading_note, @now)
        ON CONFLICT (content_hash) DO NOTHING;
        """;

    public Task<long> SaveAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        string hash = ContentHash.Of(article.Text);
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(async connection =>
        {
            await connection.Sql(Insert)
                .With("hash", hash).With("text", article.Text).With("title", article.Title).With("source", article.Source)
                .With("url", article.Url).With("author", article.Author).With("published", SqliteText.DateWithOffset(article.Published))
                .With("language", article.Language).With("origin", article.Origin.ToString()).With("partial", article.IsPartial)
                .With("reading_note", article.ReadingNote).With("now", now)
                .RunAsync(cancellationToken);
            return await connection.Sql("SELECT id FROM articles WHERE content_hash = @hash;").With("hash", hash).ScalarInt64Async(cancellationToken)
                ?? throw new InvalidOperationException("An article row vanished inside its own transaction.");
        }, cancellationToken);
    }

    public Task<Article?> GetAsync(long articleId, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.Sql("""
            SELECT text, title, source, url, author, published, language, origin, partial, reading_note FROM articles WHERE id = @id;
            """).With("id", articleId).FirstOrDefaultAsync(r => new Article
        {
            Text = r.GetString(0),
            Title = r.GetNullableString(1),
            Source = r.GetNullableString(2),
            Url = r.GetNullableString(3),
            Author = r.GetNullableString(4),
            Published = SqliteText.ParseDateWithOffset(r.GetNullableString(5)),
            Language = r.GetNullableString(6),
            Origin = Enum.TryParse(r.GetString(7), out ArticleOrigin origin) ? origin : ArticleOrigin.Pasted,
            IsPartial = r.GetBoolean(8),
            ReadingNote = r.GetNullableString(9),
        }, cancellationToken), cancellationToken);

    /// <exception cref="ArgumentException">No article has id <paramref name="articleId"/>.</exception>
    public async Task LinkMessageAsync(long chatId, int messageId, long articleId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        try
        {
            await database.WriteAsync(connection => connection.Sql("""
                INSERT INTO message_articles (chat_id, message_id, article_id, created_at) VALUES (@chat, @message, @article, @now)
                ON CONFLICT (chat_id, message_id) DO UPDATE SET article_id = excluded.article_id, created_at = excluded.created_at;
                """).With("chat", chatId).With("message", messageId).With("article", articleId).With("now", now).RunAsync(cancellationToken),
                cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new ArgumentException($"No article has id {articleId}.", nameof(articleId), exception);
        }
    }

    public Task<long?> FindByMessageAsync(long chatId, int messageId, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.Sql("SELECT article_id FROM message_articles WHERE chat_id = @chat AND message_id = @message;")
            .With("chat", chatId).With("message", messageId).ScalarInt64Async(cancellationToken), cancellationToken);
}
