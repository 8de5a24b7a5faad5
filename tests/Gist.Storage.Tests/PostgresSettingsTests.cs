using System.Net;
using System.Net.Sockets;
using Gist.Core.Storage;
using Gist.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gist.Storage.Tests;

/// <summary>Storage__Provider and Storage__ConnectionString: the provider chosen, checked at start, the password never shown.</summary>
public sealed class PostgresSettingsTests
{
    private const string Secret = "s3cr3t-Pa55word";

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddGistStorage(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static string StartupError(ServiceProvider provider) =>
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate()).Message;

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public void The_postgres_provider_puts_every_store_on_postgresql()
    {
        using ServiceProvider provider = Build(new()
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = "Host=db.example;Database=gist;Username=gist;Password=" + Secret,
        });
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<PostgresDatabase>(provider.GetRequiredService<IStorageSchema>());
        Assert.IsType<PostgresUpdateInbox>(provider.GetRequiredService<IUpdateInbox>());
        Assert.IsType<PostgresFeedStore>(provider.GetRequiredService<IFeedStore>());
        Assert.IsType<PostgresSubscriberStore>(provider.GetRequiredService<ISubscriberStore>());
        Assert.IsType<PostgresQuotaChargeStore>(provider.GetRequiredService<IQuotaChargeStore>());
        Assert.IsType<PostgresResultLock>(provider.GetRequiredService<IResultLock>());
        Assert.IsType<PostgresSendSlotStore>(provider.GetRequiredService<ISendSlotStore>());
        Assert.Equal(StorageOptions.Postgres, provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
    }

    [Fact]
    public void An_unknown_provider_fails_at_start_naming_the_setting()
    {
        using ServiceProvider provider = Build(new() { ["Storage:Provider"] = "mysql" });

        Assert.Contains("Storage__Provider 'mysql' is not known", StartupError(provider), StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_stays_the_default()
    {
        using ServiceProvider provider = Build([]);

        Assert.IsType<SqliteDatabase>(provider.GetRequiredService<IStorageSchema>());
        Assert.IsType<SqliteUpdateInbox>(provider.GetRequiredService<IUpdateInbox>());
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_at_start_naming_the_setting()
    {
        using ServiceProvider provider = Build(new() { ["Storage:Provider"] = "postgres" });

        Assert.Contains("Storage__ConnectionString", StartupError(provider), StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_without_a_database_fails_at_start_without_its_password()
    {
        using ServiceProvider provider = Build(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=db;Password=" + Secret });

        string error = StartupError(provider);

        Assert.Contains("Storage__ConnectionString names no Database", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_fails_at_start_without_its_password()
    {
        using ServiceProvider provider = Build(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=db;Pasword=" + Secret });

        string error = StartupError(provider);

        Assert.Contains("Storage__ConnectionString", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_stops_the_start_naming_the_setting_not_the_password()
    {
        using ServiceProvider provider = Build(new()
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={ClosedPort()};Database=gist;Username=gist;Password={Secret};Timeout=3",
        });

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => provider.GetRequiredService<IStorageSchema>().InitializeAsync());

        Assert.Contains("Storage__ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }
}
