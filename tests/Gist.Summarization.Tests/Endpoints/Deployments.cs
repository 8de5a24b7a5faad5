using Gist.Summarization.Llm.Endpoints;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Gist.Summarization.Tests.Endpoints;

/// <summary>
/// Fake OpenAI-compatible servers, each one deployment, behind the real SDK clients (OpenAI's for even indexes,
/// Azure's deployment routes for odd ones) and a <see cref="WeightedEndpointChatClient"/> on a fake clock.
/// Each server answers with its own name unless <see cref="Fault"/> says otherwise.
/// </summary>
public sealed class Deployments : IAsyncDisposable
{
    private readonly Func<FakeChatReply?>[] faults;

    private Deployments(FakeOpenAiServer[] servers)
    {
        Servers = servers;
        faults = [.. servers.Select(_ => (Func<FakeChatReply?>)(() => null))];
        for (var i = 0; i < servers.Length; i++)
        {
            var index = i;
            servers[i].Responder = (_, _) => Task.FromResult(faults[index]() ?? FakeChatReply.Text("answer from d" + index));
        }
    }

    public FakeOpenAiServer[] Servers { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 5, 7, 0, 0, TimeSpan.Zero));

    public static async Task<Deployments> StartAsync(int count)
    {
        var servers = new FakeOpenAiServer[count];
        for (var i = 0; i < count; i++)
        {
            servers[i] = await FakeOpenAiServer.StartAsync();
        }

        return new Deployments(servers);
    }

    /// <summary>What deployment <paramref name="index"/> answers instead of content while the function returns non-null.</summary>
    public void Fault(int index, Func<FakeChatReply?> fault) => faults[index] = fault;

    public ModelEndpoint Endpoint(int index, int weight) => index % 2 == 0
        ? new ModelEndpoint("d" + index, "openai", Servers[index].OpenAiEndpoint, "key" + index, "model", weight)
        : new ModelEndpoint("d" + index, "azure-openai", Servers[index].BaseUrl, "key" + index, "model", weight);

    public WeightedEndpointChatClient Router(int[] weights, TimeSpan? attemptTimeout = null) => new(
        [.. weights.Select((w, i) => (Endpoint(i, w), ModelChatClients.Provider(Endpoint(i, w), TimeSpan.FromSeconds(10))))],
        attemptTimeout ?? TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60),
        NullLogger.Instance, Clock);

    /// <summary>How many chat requests each deployment received.</summary>
    public int[] Counts() => [.. Servers.Select(s => s.RequestCount)];

    public static async Task<string> AskAsync(IChatClient client) => (await client.GetResponseAsync("hello")).Text;

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers)
        {
            await server.DisposeAsync();
        }
    }
}
