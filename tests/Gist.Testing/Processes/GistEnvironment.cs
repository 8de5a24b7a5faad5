using System.Globalization;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.Testing.Processes;

/// <summary>
/// The environment variables of a <c>gist bot</c> deployment against the local fakes (Bot API and an
/// OpenAI-compatible model), with its storage, as an operator would set them. Each method adds or replaces a group of
/// settings and returns the same object; <see cref="Variables"/> is what <see cref="GistProcess.Start"/> takes.
/// </summary>
public sealed class GistEnvironment
{
    private readonly Dictionary<string, string> variables = new(StringComparer.Ordinal);

    private GistEnvironment()
    {
    }

    public IReadOnlyDictionary<string, string> Variables => variables;

    /// <summary>Polling the fake Bot API (1 s long polls, so a stop is quick), the fake model as an OpenAI endpoint, warnings only in the log.</summary>
    public static GistEnvironment For(FakeBotApiServer telegram, FakeOpenAiServer model, string apiKey = "test-model-key") => new GistEnvironment()
        .Set("Telegram__BotToken", telegram.Token)
        .Set("Telegram__ApiBaseUrl", telegram.BaseUrl)
        .Set("Telegram__PollingTimeoutSeconds", "1")
        .Set("Llm__Provider", "openai")
        .Set("Llm__Endpoint", model.OpenAiEndpoint)
        .Set("Llm__ApiKey", apiKey)
        .Set("Llm__Model", "gpt-test")
        .Set("Logging__LogLevel__Default", "Warning");

    public GistEnvironment Set(string name, string value)
    {
        variables[name] = value;
        return this;
    }

    /// <summary>The default store: one SQLite file in <paramref name="folder"/>.</summary>
    public GistEnvironment Sqlite(string folder) => Set("Storage__Path", Path.Combine(folder, "gist.db"));

    /// <summary>A PostgreSQL database several instances can share.</summary>
    public GistEnvironment Postgres(string connectionString, int? leaseSeconds = null)
    {
        Set("Storage__Provider", "postgres").Set("Storage__ConnectionString", connectionString);
        return leaseSeconds is { } seconds ? Set("Storage__LeaseSeconds", seconds.ToString(CultureInfo.InvariantCulture)) : this;
    }

    /// <summary>
    /// Webhook mode, the listener (set by <see cref="Listener"/> first) being the webhook's address: plain http is
    /// allowed with a local Bot API, and no proxy is needed.
    /// </summary>
    public GistEnvironment Webhook(string secret) => Set("Telegram__Mode", "Webhook")
        .Set("Telegram__WebhookUrl", (variables.GetValueOrDefault("Telegram__WebhookListenUrl")
            ?? throw new InvalidOperationException("Set the listener before webhook mode.")) + WebhookPoster.Path)
        .Set("Telegram__WebhookSecret", secret);

    /// <summary>The bot's own HTTP listener (/readyz, /metrics) on <paramref name="port"/> of 127.0.0.1; in polling mode too.</summary>
    public GistEnvironment Listener(int port) =>
        Set("Telegram__WebhookListenUrl", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

    public GistEnvironment Instance(string id) => Set("Operations__InstanceId", id);

    public GistEnvironment ShutdownSeconds(int seconds) => Set("Host__ShutdownTimeoutSeconds", seconds.ToString(CultureInfo.InvariantCulture));

    /// <summary>A copy to vary per instance.</summary>
    public GistEnvironment Copy()
    {
        var copy = new GistEnvironment();
        foreach (var (name, value) in variables)
        {
            copy.variables[name] = value;
        }

        return copy;
    }
}
