using System.Text.Json.Nodes;
using Gist.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.OpenAi;

/// <summary>
/// An in-process OpenAI-compatible server on 127.0.0.1 with a free port: chat completions (plain, streaming,
/// structured output, image inputs), embeddings, audio transcriptions and a model list, on the OpenAI paths (<see cref="OpenAiEndpoint"/>) and the
/// Azure OpenAI deployment paths (<see cref="BaseUrl"/> as the Azure endpoint). Replies come from
/// <see cref="Responder"/>; every request is recorded. Thread-safe.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly LoopbackHost host;
    private readonly FakeOpenAiRecord record = new();
    private volatile Func<FakeChatRequest, CancellationToken, Task<FakeChatReply>>? responder;
    private long latencyTicks;
    private volatile Func<FakeTranscriptionRequest, FakeTranscription> transcriber = _ => new FakeTranscription("This is the fake transcription.");
    private readonly List<FakeTranscriptionRequest> transcriptions = [];

    private FakeOpenAiServer(LoopbackHost host, FakeOpenAiOptions options)
    {
        this.host = host;
        this.responder = options.Responder;
        Latency = options.Latency;
    }

    /// <summary>Scheme, host and port, e.g. <c>http://127.0.0.1:41234</c>: the Azure OpenAI endpoint.</summary>
    public string BaseUrl => this.host.BaseUrl;

    /// <summary><see cref="BaseUrl"/> + "/v1": the endpoint for OpenAI-compatible clients (OpenAIClientOptions.Endpoint).</summary>
    public string OpenAiEndpoint => BaseUrl + "/v1";

    public Func<FakeChatRequest, CancellationToken, Task<FakeChatReply>>? Responder
    {
        get => this.responder;
        set => this.responder = value;
    }

    /// <summary>Decides what /audio/transcriptions answers for each upload (default: a fixed English sentence).</summary>
    public Func<FakeTranscriptionRequest, FakeTranscription> Transcriber
    {
        get => transcriber;
        set => transcriber = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Every transcription request, in arrival order.</summary>
    public IReadOnlyList<FakeTranscriptionRequest> TranscriptionRequests
    {
        get
        {
            lock (transcriptions)
            {
                return transcriptions.ToArray();
            }
        }
    }

    /// <summary>Fixed time each chat completion takes before its reply (the "model latency" of benchmarks).</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref latencyTicks));
        set => Interlocked.Exchange(ref latencyTicks, value.Ticks);
    }

    /// <summary>Every chat completion request, in arrival order.</summary>
    public IReadOnlyList<FakeChatRequest> Requests => record.Requests;

    public int RequestCount => record.RequestCount;

    /// <summary>Every text sent to the embeddings endpoint, in order.</summary>
    public IReadOnlyList<string> EmbeddedTexts => record.EmbeddedTexts;

    public int EmbeddingRequestCount => record.EmbeddingRequestCount;

    /// <summary>Chat completions being handled right now.</summary>
    public int InFlight => record.InFlight;

    /// <summary>The most chat completions that were in flight at once since start (or the last reset).</summary>
    public int PeakConcurrency => record.PeakConcurrency;

    /// <summary>Answers that were not content (errors, hangs, truncated bodies).</summary>
    public int FaultsReturned => record.FaultsReturned;

    public void ResetPeakConcurrency() => record.ResetPeak();

    public static Task<FakeOpenAiServer> StartAsync(Func<FakeChatRequest, CancellationToken, Task<FakeChatReply>> responder,
        CancellationToken cancellationToken = default) =>
        StartAsync(new FakeOpenAiOptions { Responder = responder }, cancellationToken);

    public static async Task<FakeOpenAiServer> StartAsync(FakeOpenAiOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        FakeOpenAiServer? server = null;
        var host = await LoopbackHost.StartAsync(h => http => server!.HandleAsync(http, h.Stopping), cancellationToken);
        server = new FakeOpenAiServer(host, options ?? new FakeOpenAiOptions());
        return server;
    }

    /// <summary>The answer when no responder is set: a short assistant message that names the last user message.</summary>
    public static FakeChatReply DefaultReply(FakeChatRequest request)
    {
        var user = request.LastUserMessage;
        return FakeChatReply.Text($"This is the fake model's reply to: {(user.Length > 60 ? user[..60] + "…" : user)}");
    }

    /// <summary>Completes when <paramref name="count"/> chat requests have arrived; TimeoutException otherwise.</summary>
    public Task WaitForRequestsAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        record.WaitForAsync(r => r.RequestCount >= count, timeout, cancellationToken);

    /// <summary>Completes when <paramref name="condition"/> holds (re-checked after each request); TimeoutException otherwise.</summary>
    public Task WaitForAsync(Func<FakeOpenAiServer, bool> condition, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        record.WaitForAsync(_ => condition(this), timeout, cancellationToken);

    public ValueTask DisposeAsync() => this.host.DisposeAsync();

    private async Task HandleAsync(HttpContext http, CancellationToken stopping)
    {
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var token = aborted.Token;
        var route = OpenAiRoute.Match(http.Request.Path.Value ?? "");
        if (route is null)
        {
            await OpenAiResponses.WriteErrorAsync(http, 404, $"Invalid URL ({http.Request.Method} {http.Request.Path})",
                "invalid_request_error", null, null, token);
            return;
        }

        try
        {
            if (route.Endpoint == OpenAiRoute.Models)
            {
                await OpenAiResponses.WriteJsonAsync(http, 200, ModelList(), token);
                return;
            }

            if (route.Endpoint == OpenAiRoute.Transcriptions)
            {
                var transcription = await TranscriptionsEndpoint.HandleAsync(http, route.Deployment, transcriber, token);
                lock (transcriptions)
                {
                    transcriptions.Add(transcription);
                }

                return;
            }

            using var reader = new StreamReader(http.Request.Body);
            var raw = await reader.ReadToEndAsync(token);
            if (route.Endpoint == OpenAiRoute.Embeddings)
            {
                record.AddEmbeddings(await EmbeddingsEndpoint.HandleAsync(http, raw, route.Deployment, token));
                return;
            }

            await ChatCompletionHandler.HandleAsync(http, raw, route.Deployment, record, this.responder, Latency, token);
        }
        catch (OpenAiRequestException refused)
        {
            await OpenAiResponses.WriteErrorAsync(http, 400, refused.Message, "invalid_request_error", refused.Param,
                refused.Code, token);
        }
        catch (System.Text.Json.JsonException)
        {
            await OpenAiResponses.WriteErrorAsync(http, 400, "We could not parse the JSON body of your request.",
                "invalid_request_error", null, null, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client gave up (or the server is stopping): nothing left to answer.
        }
        catch (Exception bug) when (bug is not OperationCanceledException && !http.Response.HasStarted)
        {
            await OpenAiResponses.WriteErrorAsync(http, 500, "The fake could not handle the request: " + bug.Message,
                "server_error", null, null, token);
        }
    }

    private JsonObject ModelList()
    {
        var models = Requests.Select(r => r.Model).OfType<string>().Append("fake-model").Distinct(StringComparer.Ordinal);
        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(models.Select(m => (JsonNode)new JsonObject
            {
                ["id"] = m, ["object"] = "model", ["created"] = 1_700_000_000, ["owned_by"] = "gist-tests",
            }).ToArray()),
        };
    }
}
