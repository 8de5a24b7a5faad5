using System.Collections.Concurrent;
using System.Text.Json;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Summarization.Llm;
using Gist.Summarization.Offline;
using Gist.Summarization.Tests.Fixtures;
using Gist.Summarization.Tests.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gist.Summarization.Tests.Pipeline;

public sealed class SummarizationPipelineSingleFlightTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_same_new_article_from_two_chats_at_once_costs_one_model_call()
    {
        var model = new GatedModel();
        var pipeline = Pipeline(model, new MemoryCache());
        var article = SampleArticles.Article(SampleArticles.Seoul000);

        var first = pipeline.SummarizeAsync(article, "en", CancellationToken.None);
        await model.WaitForCallsAsync(1);
        var second = pipeline.SummarizeAsync(article with { Title = "Forwarded from another chat" }, "en", CancellationToken.None);
        model.Open();
        var results = await Task.WhenAll(first, second).WaitAsync(Patience);

        Assert.Equal(1, model.Calls);
        Assert.All(results, r => Assert.Equal(SummaryEngine.Llm, r.Engine));
        Assert.Equal(results[0].Headline, results[1].Headline);
    }

    [Fact]
    public async Task Different_articles_at_once_each_get_their_own_call()
    {
        var model = new GatedModel();
        var pipeline = Pipeline(model, new MemoryCache());
        var seoul = SampleArticles.Article(SampleArticles.Seoul000);

        var calls = new[]
        {
            pipeline.SummarizeAsync(seoul, "en", CancellationToken.None),
            pipeline.SummarizeAsync(SampleArticles.Article(SampleArticles.Kirby001), "en", CancellationToken.None),
            pipeline.SummarizeAsync(SampleArticles.Article(SampleArticles.Accusations003), "en", CancellationToken.None),
        };
        await model.WaitForCallsAsync(3);
        model.Open();
        await Task.WhenAll(calls).WaitAsync(Patience);

        Assert.Equal(3, model.Calls);
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_cancel_the_call_another_chat_waits_for()
    {
        var model = new GatedModel();
        var pipeline = Pipeline(model, new MemoryCache());
        var article = SampleArticles.Article(SampleArticles.Seoul002);
        using var impatient = new CancellationTokenSource();

        var leaving = pipeline.SummarizeAsync(article, "en", impatient.Token);
        await model.WaitForCallsAsync(1);
        var staying = pipeline.SummarizeAsync(article, "en", CancellationToken.None);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving.WaitAsync(Patience));
        model.Open();
        var result = await staying.WaitAsync(Patience);

        Assert.Equal(SummaryEngine.Llm, result.Engine);
        Assert.Equal(1, model.Calls);
        Assert.False(model.SawCancellation);
    }

    [Fact]
    public async Task When_every_caller_gives_up_the_model_call_is_cancelled_and_the_next_request_starts_afresh()
    {
        var model = new GatedModel();
        var pipeline = Pipeline(model, new MemoryCache());
        var article = SampleArticles.Article(SampleArticles.Seoul004);
        using var gone = new CancellationTokenSource();

        var abandoned = pipeline.SummarizeAsync(article, "en", gone.Token);
        await model.WaitForCallsAsync(1);
        await gone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(Patience));
        await model.WaitForCancellationAsync().WaitAsync(Patience);

        model.Open();
        var result = await pipeline.SummarizeAsync(article, "en", CancellationToken.None).WaitAsync(Patience);
        Assert.Equal(SummaryEngine.Llm, result.Engine);
        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task After_the_shared_call_ends_a_repeat_is_answered_from_the_cache()
    {
        var model = new GatedModel();
        model.Open();
        var cache = new MemoryCache();
        var pipeline = Pipeline(model, cache);
        var article = SampleArticles.Article(SampleArticles.Accusations003);

        await pipeline.SummarizeAsync(article, "en", CancellationToken.None);
        await pipeline.SummarizeAsync(article, "en", CancellationToken.None);

        Assert.Equal(1, model.Calls);
        Assert.Single(cache.Values);
    }

    private static SummarizationPipeline Pipeline(IChatClient model, IResultCache cache)
    {
        var options = new LlmOptions { Provider = "openai", Model = "test-model" };
        var llm = SummarizerFactory.Create(model, options);
        return new SummarizationPipeline(new OfflineSummarizer(), cache, new InProcessResultLock(),
            new Gist.Summarization.Gate.ModelTextGate(SummarizerFactory.ScriptDetector()),
            NullLogger<SummarizationPipeline>.Instance, llm);
    }

    private sealed class MemoryCache : IResultCache
    {
        public ConcurrentDictionary<string, string> Values { get; } = new();

        public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
            Task.FromResult(Values.TryGetValue(key, out var value) ? value : null);

        public Task SetAsync(string key, string value, CancellationToken cancellationToken)
        {
            Values[key] = value;
            return Task.CompletedTask;
        }
    }
}
