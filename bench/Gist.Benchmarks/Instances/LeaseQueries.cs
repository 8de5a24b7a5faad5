using System.Globalization;
using Npgsql;

namespace Gist.Benchmarks.Instances;

/// <summary>Who holds what in the shared database: the polling lease's process, an instance's claimed updates.</summary>
public static class LeaseQueries
{
    /// <summary>The process id in the polling lease's holder ("machine/pid/guid"), or null when nobody holds it.</summary>
    public static async Task<int?> PollerProcessIdAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT holder FROM polling_lease WHERE id = 1 AND lease_until > clock_timestamp();", connection);
        return await command.ExecuteScalarAsync() is string holder ? int.Parse(holder.Split('/')[^2], CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The updates in progress claimed by the process <paramref name="processId"/>.</summary>
    public static async Task<long[]> ClaimedByAsync(string connectionString, int processId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT update_id FROM inbox WHERE state = 'in_progress' AND claimed_by LIKE @pattern ORDER BY update_id;", connection);
        command.Parameters.AddWithValue("pattern", string.Create(CultureInfo.InvariantCulture, $"%/{processId}/%"));
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return [.. ids];
    }

    /// <summary>How many of <paramref name="updateIds"/> are done.</summary>
    public static async Task<long> DoneCountAsync(string connectionString, long[] updateIds)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox WHERE update_id = ANY(@ids) AND state = 'done';", connection);
        command.Parameters.AddWithValue("ids", updateIds);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
