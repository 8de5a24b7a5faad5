using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Storage;
using Gist.Storage.Postgres;
using Gist.Summarization.Offline;
using Gist.Summarization.Tests.Fixtures;
using Gist.Summarization.Tests.Llm;
using Gist.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Gist.Summarization.Tests.Pipeline;

/// <summary>
/// Two instances of the bot, each with its own stores and pipeline on one PostgreSQL database: the same new article
/// requested on both at once costs one model call, and both answer with that call's result.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CrossInstanceSingleFlightTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly List<PostgresDatabase> databases = [];
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await cluster.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (PostgresDatabase database in databases)
        {
            await database.DisposeAsync();
        }
    }

    [RequiresPostgresFact]
    public async Task The_same_new_article_on_two_instances_at_once_costs_one_model_call()
    {
        var model = new GatedModel();
        SummarizationPipeline first = Instance(model);
        SummarizationPipeline second = Instance(model);
        var article = SampleArticles.Article(SampleArticles.Seoul000);

        Task<SummaryResult> one = first.SummarizeAsync(article, "en", CancellationToken.None);
        await model.WaitForCallsAsync(1);
        Task<SummaryResult> other = second.SummarizeAsync(article with { Title = "Forwarded to the other instance" }, "en", CancellationToken.None);
        // The second instance waits on the key's lock while the first one's model call is still open.
        await WaitForAdvisoryLockWaitersAsync(1);
        model.Open();
        SummaryResult[] results = await Task.WhenAll(one, other).WaitAsync(Patience);

        Assert.Equal(1, model.Calls);
        Assert.All(results, r => Assert.Equal(SummaryEngine.Llm, r.Engine));
        Assert.Equal(results[0].Headline, results[1].Headline);
        Assert.Equal(results[0].Summary, results[1].Summary);
    }

    [RequiresPostgresFact]
    public async Task Different_articles_on_two_instances_at_once_do_not_wait_for_each_other()
    {
        var model = new GatedModel();
        SummarizationPipeline first = Instance(model);
        SummarizationPipeline second = Instance(model);

        Task<SummaryResult> seoul = first.SummarizeAsync(SampleArticles.Article(SampleArticles.Seoul000), "en", CancellationToken.None);
        Task<SummaryResult> kirby = second.SummarizeAsync(SampleArticles.Article(SampleArticles.Kirby001), "en", CancellationToken.None);
        await model.WaitForCallsAsync(2);
        model.Open();
        await Task.WhenAll(seoul, kirby).WaitAsync(Patience);

        Assert.Equal(2, model.Calls);
    }

    /// <summary>One instance: its own connections, stores and in-process single-flight, on the shared database.</summary>
    private SummarizationPipeline Instance(GatedModel model)
    {
        var database = new PostgresDatabase(
            Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString }),
            NullLogger<PostgresDatabase>.Instance);
        databases.Add(database);
        return new SummarizationPipeline(
            new OfflineSummarizer(),
            new PostgresResultCache(database, new FakeTimeProvider()),
            new PostgresResultLock(database),
            new Gist.Summarization.Gate.ModelTextGate(SummarizerFactory.ScriptDetector()),
            NullLogger<SummarizationPipeline>.Instance,
            SummarizerFactory.Create(model));
    }

    private async Task WaitForAdvisoryLockWaitersAsync(int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database());", connection);
        while (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} instance(s) waiting on a result lock.");
            await Task.Delay(20);
        }
    }
}
