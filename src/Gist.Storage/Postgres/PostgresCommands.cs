using Npgsql;
using NpgsqlTypes;

namespace Gist.Storage.Postgres;

/// <summary>Short forms for building and running a command on an open connection (it joins the connection's transaction).</summary>
internal static class PostgresCommands
{
    public static NpgsqlCommand Sql(this NpgsqlConnection connection, string sql)
    {
        NpgsqlCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Binds a parameter; null becomes SQL NULL (the statement casts it where its type cannot be inferred).</summary>
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value)
    {
        // timestamptz takes UTC only (Npgsql 6+): every instant is stored in UTC and read back as such.
        object? bound = value is DateTimeOffset time ? time.ToUniversalTime() : value;
        command.Parameters.AddWithValue(name, bound ?? DBNull.Value);
        return command;
    }

    public static NpgsqlCommand WithJson(this NpgsqlCommand command, string name, string json)
    {
        command.Parameters.AddWithValue(name, NpgsqlDbType.Jsonb, json);
        return command;
    }

    public static async Task<int> RunAsync(this NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task<object?> ScalarAsync(this NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            object? value = await command.ExecuteScalarAsync(cancellationToken);
            return value is DBNull ? null : value;
        }
    }

    public static async Task<long?> ScalarInt64Async(this NpgsqlCommand command, CancellationToken cancellationToken) =>
        await command.ScalarAsync(cancellationToken) is { } value
            ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public static async Task<List<T>> ListAsync<T>(this NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using (command)
        {
            var rows = new List<T>();
            await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }

    public static async Task<T?> FirstOrDefaultAsync<T>(this NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        (await command.ListAsync(read, cancellationToken)).FirstOrDefault();

    public static string? GetNullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateTimeOffset GetInstant(this NpgsqlDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? GetNullableInstant(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
