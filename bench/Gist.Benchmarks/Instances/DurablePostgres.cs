using Gist.Testing.Postgres;

namespace Gist.Benchmarks.Instances;

/// <summary>The throw-away PostgreSQL cluster of the several-instance runs, durable as a real server (fsync on).</summary>
public sealed class DurablePostgres : IAsyncDisposable
{
    private readonly PostgresCluster cluster;

    private DurablePostgres(PostgresCluster cluster) => this.cluster = cluster;

    public static async Task<DurablePostgres> StartAsync()
    {
        var cluster = new PostgresCluster { Durable = true };
        await cluster.InitializeAsync();
        if (!cluster.IsRunning)
        {
            throw new InvalidOperationException("PostgreSQL is needed: " + PostgresServer.MissingReason);
        }

        return new DurablePostgres(cluster);
    }

    /// <summary>A new empty database; the first instance started on it migrates it.</summary>
    public Task<string> CreateDatabaseAsync() => cluster.CreateDatabaseAsync();

    public async ValueTask DisposeAsync() => await cluster.DisposeAsync();
}
