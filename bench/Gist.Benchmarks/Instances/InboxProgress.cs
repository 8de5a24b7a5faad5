using Npgsql;

namespace Gist.Benchmarks.Instances;

/// <summary>The shared inbox's counts by state, read beside the instances (one small query).</summary>
public sealed record InboxProgress(long Pending, long InProgress, long Done, long Failed)
{
    public static async Task<InboxProgress> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'in_progress'),
                   count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed')
            FROM inbox;
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new InboxProgress(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
