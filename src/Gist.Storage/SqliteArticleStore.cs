using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Gist.Storage;

/// <summary>
/// Articles in SQLite, one row per distinct text (<see cref="ContentHash"/>): saving a text already stored returns
/// the existing id and keeps the first metadata.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private const string Insert = """
        INSERT INTO articles (content_hash, text, title, source, url, author, published, language, origin, partial, reading_note, created_at)
        VALUES ($hash, $text, $title, $source, $url, $author, $published, $language, $origin, $partial, $reading_note, $now)
        ON CONFLICT (content_hash) DO NOTHING;
        """;

    private const string SelectId = "SELECT id FROM articles WHERE content_hash = $hash;";

    private const string SelectArticle = """
        SELECT text, title, source, url, author, published, language, origin, partial, reading_note FROM articles WHERE id = $id;
        """;

    private const string Link = """
        INSERT INTO message_articles (chat_id, message_id, article_id, created_at) VALUES ($chat_id, $message_id, $article_id, $now)
        ON CONFLICT (chat_id, message_id) DO UPDATE SET article_id = excluded.article_id, created_at = excluded.created_at;
        """;

    private const string SelectLink = "SELECT article_id FROM message_articles WHERE chat_id = $chat_id AND message_id = $message_id;";

    // SQLITE_CONSTRAINT_FOREIGNKEY, https://sqlite.org/rescode.html#constraint_foreignkey
    private const int ForeignKeyViolation = 787;

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    public SqliteArticleStore(SqliteDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    public Task<long> SaveAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        string hash = ContentHash.Of(article.Text);
        string now = SqliteText.Timestamp(this.time.GetUtcNow());
        return this.database.WriteAsync(session =>
        {
            session.Command(Insert)
                .Bind("$hash", hash)
                .Bind("$text", article.Text)
                .Bind("$title", article.Title)
                .Bind("$source", article.Source)
                .Bind("$url", article.Url)
                .Bind("$author", article.Author)
                .Bind("$published", SqliteText.DateWithOffset(article.Published))
                .Bind("$language", article.Language)
                .Bind("$origin", article.Origin.ToString())
                .Bind("$partial", article.IsPartial ? 1 : 0)
                .Bind("$reading_note", article.ReadingNote)
                .Bind("$now", now)
                .ExecuteNonQuery();
            return session.Command(SelectId).Bind("$hash", hash).ScalarInt64()
                ?? throw new InvalidOperationException("An article row vanished inside its own transaction.");
        }, cancellationToken);
    }

    public Task<Article?> GetAsync(long articleId, CancellationToken cancellationToken) =>
        this.database.ReadAsync(session =>
        {
            using SqliteDataReader reader = session.Command(SelectArticle).Bind("$id", articleId).ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new Article
            {
                Text = reader.GetString(0),
                Title = reader.GetNullableString(1),
                Source = reader.GetNullableString(2),
                Url = reader.GetNullableString(3),
                Author = reader.GetNullableString(4),
                Published = SqliteText.ParseDateWithOffset(reader.GetNullableString(5)),
                Language = reader.GetNullableString(6),
                Origin = Enum.TryParse(reader.GetString(7), out ArticleOrigin origin) ? origin : ArticleOrigin.Pasted,
                IsPartial = reader.GetInt64(8) != 0,
                ReadingNote = reader.GetNullableString(9),
            };
        }, cancellationToken);

    /// <exception cref="ArgumentException">No article has id <paramref name="articleId"/>.</exception>
    public async Task LinkMessageAsync(long chatId, int messageId, long articleId, CancellationToken cancellationToken)
    {
        string now = SqliteText.Timestamp(this.time.GetUtcNow());
        try
        {
            await this.database.WriteAsync(
                session => session.Command(Link)
                    .Bind("$chat_id", chatId)
                    .Bind("$message_id", messageId)
                    .Bind("$article_id", articleId)
                    .Bind("$now", now)
                    .ExecuteNonQuery(),
                cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == ForeignKeyViolation)
        {
            throw new ArgumentException($"No article has id {articleId}.", nameof(articleId), exception);
        }
    }

    public Task<long?> FindByMessageAsync(long chatId, int messageId, CancellationToken cancellationToken) =>
        this.database.ReadAsync(
            session => session.Command(SelectLink).Bind("$chat_id", chatId).Bind("$message_id", messageId).ScalarInt64(),
            cancellationToken);
}
