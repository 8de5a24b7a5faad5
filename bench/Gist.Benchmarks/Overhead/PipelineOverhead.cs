using System.Globalization;
using System.Text.Json;
using Gist.Benchmarks.Support;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Extraction.Language;
using Gist.Input;
using Gist.Rendering;
using Gist.Storage;
using Gist.Summarization;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Gist.Summarization.Verification;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Gist.Benchmarks.Overhead;

/// <summary>
/// Everything Gist does for one pasted article except the model's own time, with the production types: the
/// update goes into the SQLite inbox and is claimed and parsed; the text is cleaned and its language detected;
/// the article is stored; the cache is missed; the prompt is rendered and sent to an instant in-process model;
/// the answer is parsed, checked and its evidence verified; the reply is rendered and split; the result is
/// cached, the messages linked and the update completed. Storage is a real SQLite file in a temporary folder.
/// </summary>
public sealed class PipelineOverhead : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string folder;
    private long nextUpdateId = 1000;

    private PipelineOverhead(string folder, string raw, SqliteDatabase database, PromptLibrary prompts, InstantChatClient model)
    {
        this.folder = folder;
        Raw = raw;
        Database = database;
        Prompts = prompts;
        Model = model;
        Detector = new LinguaLanguageDetector();
        var options = Options.Create(new LlmOptions { Provider = LlmProviders.OpenAi, Model = "gpt-4o-mini" });
        Summarizer = new LlmSummarizer(model, prompts, new OutputChecks(Detector), new ClaimVerifier(), options);
        Inbox = new SqliteUpdateInbox(database, TimeProvider.System, NullLogger<SqliteUpdateInbox>.Instance);
        Articles = new SqliteArticleStore(database, TimeProvider.System);
        Cache = new SqliteResultCache(database, TimeProvider.System);
    }

    public string Raw { get; }

    public PastedTextCleaner Cleaner { get; } = new();

    public LinguaLanguageDetector Detector { get; }

    /// <summary>What the bot does with pasted text: clean, then detect the language (the production factory).</summary>
    public Article CreateArticle(string raw) =>
        new PastedArticleFactory(Cleaner, Detector).Create(raw, ArticleOrigin.Pasted)
        ?? throw new InvalidOperationException("The sample holds no article text.");

    public PromptLibrary Prompts { get; }

    public InstantChatClient Model { get; }

    public LlmSummarizer Summarizer { get; }

    public SummaryReplyRenderer Renderer { get; } = new();

    public SqliteDatabase Database { get; }

    public SqliteUpdateInbox Inbox { get; }

    public SqliteArticleStore Articles { get; }

    public SqliteResultCache Cache { get; }

    public static async Task<PipelineOverhead> CreateAsync(string samplePath)
    {
        var raw = await File.ReadAllTextAsync(samplePath);
        var folder = Directory.CreateTempSubdirectory("gist-bench-").FullName;
        var database = new SqliteDatabase(
            Options.Create(new StorageOptions { Path = Path.Combine(folder, "gist.db") }), NullLogger<SqliteDatabase>.Instance);
        await database.InitializeAsync();
        var cleaned = new PastedTextCleaner().Clean(raw).Text;
        var answer = FixedModelAnswer.For(cleaned);
        var model = new InstantChatClient((_, _) => answer);
        var pipeline = new PipelineOverhead(folder, raw, database, PromptLibrary.Load(RepoPaths.Prompts), model);

        // Warm up: Lingua loads its models on first use, SQLite prepares its statements, the JIT compiles.
        for (var i = 0; i < 20; i++)
        {
            await pipeline.RunOnceAsync();
        }

        return pipeline;
    }

    /// <summary>One pasted article, end to end, as the bot handles it (the model answering instantly).</summary>
    public async Task<int> RunOnceAsync()
    {
        var updateId = Interlocked.Increment(ref nextUpdateId);
        var chatId = 500 + (updateId % 200);
        await Inbox.AddAsync([new InboxUpdate(updateId, chatId, UpdateJson(updateId, chatId, Raw))], CancellationToken.None);
        var claimed = await Inbox.ClaimNextAsync(1, CancellationToken.None);
        var update = JsonSerializer.Deserialize<Update>(claimed[0].Json, JsonBotAPI.Options)!;
        var article = CreateArticle(update.Message!.Text!);
        var articleId = await Articles.SaveAsync(article, CancellationToken.None);
        await Inbox.SetPlaceholderAsync(updateId, (int)updateId, CancellationToken.None);

        // A distinct cache key per run, so every run misses the cache and goes through the model path.
        var key = string.Create(CultureInfo.InvariantCulture, $"summary:{ContentHash.Of(article.Text)}:{updateId}:{Summarizer.PromptVersion}:en");
        _ = await Cache.GetAsync(key, CancellationToken.None);
        var result = await Summarizer.SummarizeAsync(article, "en", CancellationToken.None);
        await Cache.SetAsync(key, JsonSerializer.Serialize(result, Json), CancellationToken.None);

        var parts = Renderer.Render(result, article);
        for (var i = 0; i < parts.Count; i++)
        {
            await Articles.LinkMessageAsync(chatId, (int)updateId + i, articleId, CancellationToken.None);
        }

        await Inbox.CompleteAsync(updateId, CancellationToken.None);
        return parts.Count;
    }

    /// <summary>The system and user messages exactly as the summarizer renders them.</summary>
    public int RenderPrompt(Article article)
    {
        var delimiter = ArticleDelimiter.New(article.Text);
        var system = Prompts["summarize.system"].Render(new Dictionary<string, string>
        {
            ["output_language"] = "English", ["delimiter"] = delimiter, ["max_claims"] = "8",
        });
        var user = Prompts["summarize.user"].Render(new Dictionary<string, string>
        {
            ["title"] = article.Title ?? "", ["source"] = article.Source ?? "", ["published"] = "",
            ["delimiter"] = delimiter, ["article"] = article.Text,
        });
        return system.Length + user.Length;
    }

    public static string UpdateJson(long updateId, long chatId, string text) => JsonSerializer.Serialize(new Update
    {
        Id = (int)updateId,
        Message = new Message
        {
            Id = (int)updateId,
            Date = DateTime.UtcNow,
            Chat = new Chat { Id = chatId, Type = global::Telegram.Bot.Types.Enums.ChatType.Private, FirstName = "Reader" },
            From = new User { Id = chatId, FirstName = "Reader" },
            Text = text,
        },
    }, InboxJson);

    /// <summary>As Gist.Telegram's UpdateReceiver stores updates: Bot API options without \uXXXX escaping.</summary>
    private static readonly JsonSerializerOptions InboxJson = new(JsonBotAPI.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async ValueTask DisposeAsync()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
