using Gist.Storage;
using Microsoft.Extensions.Hosting;

namespace Gist.Hosting;

/// <summary>Creates or migrates the SQLite store before any other service starts.</summary>
public sealed class StorageInitializer(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
