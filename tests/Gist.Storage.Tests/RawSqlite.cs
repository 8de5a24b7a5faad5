using Microsoft.Data.Sqlite;

namespace Gist.Storage.Tests;

/// <summary>Looks at the file with a separate plain connection, as an operator with the sqlite3 shell would.</summary>
public static class RawSqlite
{
    public static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static long Count(string path, string sql) => Convert.ToInt64(Scalar(path, sql), System.Globalization.CultureInfo.InvariantCulture);
}
