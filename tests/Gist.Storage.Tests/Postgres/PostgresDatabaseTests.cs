using Gist.Core.Storage;
using Gist.Storage.Postgres;
using Gist.Storage.Postgres.Migrations;
using Gist.Storage.Tests.Contract;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Xunit.Abstractions;

namespace Gist.Storage.Tests.Postgres;

/// <summary>The PostgreSQL schema: created on an empty database, once, however many instances start together.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresCluster cluster, ITestOutputHelper output) : IUsesPostgres
{
    private static PostgresDatabase Open(string connectionString) => new(
        Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString }), NullLogger<PostgresDatabase>.Instance);

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [StoreFact]
    public void The_cluster_runs_for_the_whole_test_run()
    {
        output.WriteLine($"PostgreSQL cluster: initdb and start in {cluster.StartTime.TotalSeconds:0.00} s");
        Assert.True(cluster.IsRunning);
    }

    [StoreFact]
    public async Task Instances_starting_together_apply_each_step_once_and_all_find_the_schema_ready()
    {
        string connectionString = await cluster.CreateDatabaseAsync();
        PostgresDatabase[] instances = [.. Enumerable.Range(0, 4).Select(_ => Open(connectionString))];
        try
        {
            await Task.WhenAll(instances.Select(instance => Task.Run(() => instance.InitializeAsync())));

            Assert.Equal((long)PostgresSchema.All.Count, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM schema_migrations;"));
            Assert.Equal(PostgresSchema.All[^1].Version, await ScalarAsync(connectionString, "SELECT MAX(version) FROM schema_migrations;"));
            Assert.Equal(1L, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM inbox_watermark;"));
        }
        finally
        {
            foreach (PostgresDatabase instance in instances)
            {
                instance.Dispose();
            }
        }
    }

    [StoreFact]
    public async Task A_schema_newer_than_this_build_stops_the_start_naming_the_setting()
    {
        string connectionString = await PostgresStoreProvider.CreateMigratedDatabaseAsync(cluster);
        await ScalarAsync(connectionString, "INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future');");
        using PostgresDatabase database = Open(connectionString);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => database.InitializeAsync());

        Assert.Contains("Storage__ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
    }
}
