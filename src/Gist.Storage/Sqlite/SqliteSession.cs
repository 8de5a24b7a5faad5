using Microsoft.Data.Sqlite;

namespace Gist.Storage.Sqlite;

/// <summary>
/// One open connection with its prepared commands. SQLite compiles a statement once per connection; keeping the
/// commands keyed by their SQL means each statement is prepared on first use and then only re-bound and re-run.
/// Not thread-safe: a session is used by one operation at a time (see <see cref="SqliteDatabase"/>).
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteSession(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction? Transaction { get; private set; }

    /// <summary>The prepared command for <paramref name="sql"/>, with no parameters bound yet.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!this.commands.TryGetValue(sql, out SqliteCommand? command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            this.commands.Add(sql, command);
        }

        command.Parameters.Clear();
        command.Transaction = Transaction;
        return command;
    }

    /// <summary>Runs a statement that is not worth keeping prepared (schema, pragmas).</summary>
    public object? ExecuteOnce(string sql)
    {
        using SqliteCommand command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        return command.ExecuteScalar();
    }

    /// <summary>BEGIN IMMEDIATE: takes the write lock now, so two writers never both read then both write.</summary>
    public void BeginImmediate()
    {
        Transaction = Connection.BeginTransaction(deferred: false);
    }

    public void Commit()
    {
        Transaction?.Commit();
        EndTransaction();
    }

    /// <summary>Rolls back what was not committed (no-op after <see cref="Commit"/>).</summary>
    public void EndTransaction()
    {
        Transaction?.Dispose();
        Transaction = null;
    }

    public void Dispose()
    {
        EndTransaction();
        foreach (SqliteCommand command in this.commands.Values)
        {
            command.Dispose();
        }

        this.commands.Clear();
        Connection.Dispose();
    }
}
