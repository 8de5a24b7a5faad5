using Gist.Core.Storage;
using Gist.Storage.Sqlite;

namespace Gist.Storage;

/// <summary>Per-chat settings in SQLite; a chat never seen gets <see cref="ChatSettings"/>' defaults.</summary>
public sealed class SqliteChatSettingsStore : IChatSettingsStore
{
    private const string Select = "SELECT output_language FROM chat_settings WHERE chat_id = $chat_id;";

    private const string Upsert = """
        INSERT INTO chat_settings (chat_id, output_language, updated_at) VALUES ($chat_id, $language, $now)
        ON CONFLICT (chat_id) DO UPDATE SET output_language = excluded.output_language, updated_at = excluded.updated_at;
        """;

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    public SqliteChatSettingsStore(SqliteDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    public Task<ChatSettings> GetAsync(long chatId, CancellationToken cancellationToken) =>
        this.database.ReadAsync(session =>
        {
            var defaults = new ChatSettings(chatId);
            return session.Command(Select).Bind("$chat_id", chatId).ExecuteScalar() is string language
                ? defaults with { OutputLanguage = language }
                : defaults;
        }, cancellationToken);

    public Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.OutputLanguage, nameof(settings));
        string now = SqliteText.Timestamp(this.time.GetUtcNow());
        return this.database.WriteAsync(
            session => session.Command(Upsert)
                .Bind("$chat_id", settings.ChatId)
                .Bind("$language", settings.OutputLanguage)
                .Bind("$now", now)
                .ExecuteNonQuery(),
            cancellationToken);
    }
}
