using Gist.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace Gist.Hosting;

/// <summary>
/// Creates or migrates the store (the SQLite file, or the PostgreSQL schema) before any other service starts; a
/// database that cannot be reached stops the start with a message naming the setting.
/// </summary>
public sealed class StorageInitializer(IStorageSchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schema.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
