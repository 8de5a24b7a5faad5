using System.Globalization;
using Gist.Core.Storage;
using Gist.Storage.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Gist.Storage.Copy;

/// <summary>
/// Moves a one-machine deployment (a SQLite file) to PostgreSQL: every table, ids kept, each table in one transaction.
/// A row already in PostgreSQL (same key) is left as it is, so running the copy again adds nothing. Both schemas
/// are brought to this build's version first. Run it with the bot stopped, into a new database or one an earlier
/// copy filled.
/// </summary>
public sealed class StorageCopy(string sqlitePath, string postgresConnectionString, TextWriter progress)
{
    private const int ProgressEvery = 5000;

    public async Task<IReadOnlyList<TableCopyCount>> RunAsync(CancellationToken cancellationToken)
    {
        string fullPath = Path.GetFullPath(sqlitePath);
        if (!File.Exists(fullPath))
        {
            throw new StorageUnavailableException($"The SQLite database '{fullPath}' does not exist.");
        }

        using (var source = new SqliteDatabase(Options.Create(new StorageOptions { Path = fullPath }), NullLogger<SqliteDatabase>.Instance))
        {
            await source.InitializeAsync(cancellationToken);
        }

        await using var target = new PostgresDatabase(
            Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = postgresConnectionString }),
            NullLogger<PostgresDatabase>.Instance);
        await target.InitializeAsync(cancellationToken);
        await progress.WriteLineAsync($"Copying {fullPath} to PostgreSQL {target.Server}");

        await using var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await reader.OpenAsync(cancellationToken);

        var counts = new List<TableCopyCount>();
        foreach (CopiedTable table in CopiedTable.All)
        {
            TableCopyCount count = await target.WriteAsync(connection => CopyTableAsync(reader, connection, table, cancellationToken), cancellationToken);
            counts.Add(count);
            await progress.WriteLineAsync($"  {table.Name}: {count.Read} read, {count.Added} added");
        }

        long watermark = await target.WriteAsync(connection => CopyWatermarkAsync(reader, connection, cancellationToken), cancellationToken);
        await progress.WriteLineAsync($"  inbox_watermark: polling resumes after update {watermark}");
        return counts;
    }

    private async Task<TableCopyCount> CopyTableAsync(SqliteConnection reader, NpgsqlConnection connection, CopiedTable table, CancellationToken cancellationToken)
    {
        string columns = string.Join(", ", table.Columns.Select(c => c.Name));
        string values = string.Join(", ", table.Columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        await using var insert = new NpgsqlCommand($"INSERT INTO {table.Name} ({columns}) VALUES ({values}) ON CONFLICT DO NOTHING;", connection);
        await using SqliteCommand select = reader.CreateCommand();
        select.CommandText = $"SELECT {columns} FROM {table.Name};";
        await using SqliteDataReader rows = await select.ExecuteReaderAsync(cancellationToken);
        long read = 0, added = 0;
        while (await rows.ReadAsync(cancellationToken))
        {
            insert.Parameters.Clear();
            for (int i = 0; i < table.Columns.Count; i++)
            {
                object? value = rows.IsDBNull(i) ? null : rows.GetValue(i);
                insert.Parameters.Add(Parameter("p" + i.ToString(CultureInfo.InvariantCulture), table.Columns[i].Kind, value));
            }

            added += await insert.ExecuteNonQueryAsync(cancellationToken);
            if (++read % ProgressEvery == 0)
            {
                await progress.WriteLineAsync($"  {table.Name}: {read} rows…");
            }
        }

        if (table.HasIdentity)
        {
            // Ids were copied as they are: new rows must be numbered after them.
            await connection.Sql($"SELECT setval(pg_get_serial_sequence('{table.Name}', 'id'), GREATEST((SELECT MAX(id) FROM {table.Name}), 1));")
                .RunAsync(cancellationToken);
        }

        return new TableCopyCount(table.Name, read, added);
    }

    private static async Task<long> CopyWatermarkAsync(SqliteConnection reader, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using SqliteCommand select = reader.CreateCommand();
        select.CommandText = "SELECT COALESCE(max_update_id, 0), COALESCE(pruned_through_update_id, 0) FROM inbox_watermark WHERE id = 1;";
        await using SqliteDataReader row = await select.ExecuteReaderAsync(cancellationToken);
        long max = 0, pruned = 0;
        if (await row.ReadAsync(cancellationToken))
        {
            (max, pruned) = (row.GetInt64(0), row.GetInt64(1));
        }

        // Only ever raised: polling must never go back, and a pruned update must stay recognised as answered.
        await connection.Sql("""
            UPDATE inbox_watermark SET
                max_update_id = NULLIF(GREATEST(COALESCE(max_update_id, 0), @max), 0),
                pruned_through_update_id = NULLIF(GREATEST(COALESCE(pruned_through_update_id, 0), @pruned), 0)
            WHERE id = 1;
            """).With("max", max).With("pruned", pruned).RunAsync(cancellationToken);
        return max;
    }

    private static NpgsqlParameter Parameter(string name, CopiedColumn kind, object? value)
    {
        if (value is null)
        {
            return new NpgsqlParameter(name, DBNull.Value);
        }

        return kind switch
        {
            CopiedColumn.Boolean => new NpgsqlParameter(name, Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0),
            CopiedColumn.Instant => new NpgsqlParameter(name, DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)),
            CopiedColumn.Day => new NpgsqlParameter(name, DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CopiedColumn.TimeOfDay => new NpgsqlParameter(name, TimeOnly.ParseExact((string)value, "HH:mm", CultureInfo.InvariantCulture)),
            CopiedColumn.Json => new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = value },
            _ => new NpgsqlParameter(name, value),
        };
    }
}
