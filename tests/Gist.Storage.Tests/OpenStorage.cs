using Microsoft.Extensions.Logging.Abstractions;

namespace Gist.Storage.Tests;

/// <summary>One database object and every store over it.</summary>
public sealed class OpenStorage : IDisposable
{
    public OpenStorage(SqliteDatabase database, TimeProvider time)
    {
        Database = database;
        Inbox = new SqliteUpdateInbox(database, time, NullLogger<SqliteUpdateInbox>.Instance);
        Results = new SqliteResultCache(database, time);
        Articles = new SqliteArticleStore(database, time);
        ChatSettings = new SqliteChatSettingsStore(database, time);
        Usage = new SqliteUsageStore(database);
    }

    public SqliteDatabase Database { get; }

    public SqliteUpdateInbox Inbox { get; }

    public SqliteResultCache Results { get; }

    public SqliteArticleStore Articles { get; }

    public SqliteChatSettingsStore ChatSettings { get; }

    public SqliteUsageStore Usage { get; }

    public void Dispose() => Database.Dispose();
}
