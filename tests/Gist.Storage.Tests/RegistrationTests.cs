using Gist.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gist.Storage.Tests;

public sealed class RegistrationTests : IDisposable
{
    private readonly TempStorage temp = new();

    public void Dispose() => temp.Dispose();

    private static ServiceProvider Build(string? path)
    {
        var settings = new Dictionary<string, string?>();
        if (path is not null)
        {
            settings["Storage:Path"] = path;
        }

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddGistStorage(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static string StartupError(ServiceProvider provider) =>
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate()).Message;

    [Fact]
    public async Task Every_store_resolves_as_one_singleton_over_one_database()
    {
        using ServiceProvider provider = Build(temp.FilePath);
        provider.GetRequiredService<IStartupValidator>().Validate();
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync();

        Assert.Same(provider.GetRequiredService<SqliteUpdateInbox>(), provider.GetRequiredService<IUpdateInbox>());
        Assert.Same(provider.GetRequiredService<SqliteUsageStore>(), provider.GetRequiredService<IUsageStore>());
        Assert.NotNull(provider.GetRequiredService<IResultCache>());
        Assert.IsType<SqliteResultLock>(provider.GetRequiredService<IResultLock>());
        Assert.IsType<SqliteSendSlotStore>(provider.GetRequiredService<ISendSlotStore>());
        Assert.NotNull(provider.GetRequiredService<IArticleStore>());
        Assert.NotNull(provider.GetRequiredService<IArticleReplyStore>());
        Assert.NotNull(provider.GetRequiredService<IChatSettingsStore>());
        Assert.Equal(temp.FilePath, provider.GetRequiredService<SqliteDatabase>().FilePath);
        Assert.True(File.Exists(temp.FilePath));
    }

    [Fact]
    public void The_default_path_is_data_gist_db_under_the_current_directory()
    {
        using ServiceProvider provider = Build(path: null);

        StorageOptions options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal("data/gist.db", options.Path);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "gist.db"), options.GetFullPath());
    }

    [Fact]
    public void An_empty_path_fails_at_start_naming_the_setting()
    {
        using ServiceProvider provider = Build("");

        Assert.Contains("Storage__Path", StartupError(provider), StringComparison.Ordinal);
    }

    [Fact]
    public void An_in_memory_database_fails_at_start()
    {
        using ServiceProvider provider = Build(":memory:");

        string error = StartupError(provider);

        Assert.Contains("Storage__Path", error, StringComparison.Ordinal);
        Assert.Contains("in-memory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_instead_of_a_file_fails_at_start()
    {
        using ServiceProvider provider = Build(temp.Folder);

        string error = StartupError(provider);

        Assert.Contains("Storage__Path", error, StringComparison.Ordinal);
        Assert.Contains("folder", error, StringComparison.Ordinal);
    }
}
