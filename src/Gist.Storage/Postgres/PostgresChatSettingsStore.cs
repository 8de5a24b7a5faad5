using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>Per-chat settings in PostgreSQL; a chat never seen gets <see cref="ChatSettings"/>' defaults.</summary>
public sealed class PostgresChatSettingsStore(PostgresDatabase database, TimeProvider time) : IChatSettingsStore
{
    public Task<ChatSettings> GetAsync(long chatId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var defaults = new ChatSettings(chatId);
            return await connection.Sql("SELECT output_language FROM chat_settings WHERE chat_id = @chat;").With("chat", chatId)
                .ScalarAsync(cancellationToken) is string language
                ? defaults with { OutputLanguage = language }
                : defaults;
        }, cancellationToken);

    public Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.OutputLanguage, nameof(settings));
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(connection => connection.Sql("""
            INSERT INTO chat_settings (chat_id, output_language, updated_at) VALUES (@chat, @language, @now)
            ON CONFLICT (chat_id) DO UPDATE SET output_language = excluded.output_language, updated_at = excluded.updated_at;
            """).With("chat", settings.ChatId).With("language", settings.OutputLanguage).With("now", now).RunAsync(cancellationToken),
            cancellationToken);
    }
}
