using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gist.Benchmarks.Load;
using Gist.Benchmarks.Support;
using Gist.Testing.BotApi;
using Gist.Testing.Processes;

namespace Gist.Benchmarks.Instances;

/// <summary>
/// Several real <c>gist bot</c> processes in webhook mode on one store, each with its own listener, as behind a load
/// balancer: the same public webhook URL and secret, a distinct <c>Operations__InstanceId</c>.
/// </summary>
public sealed class WebhookInstances : IAsyncDisposable
{
    public const string Secret = "gist-bench-webhook-secret";
    private const string HookPath = "/telegram/updates";
    private readonly List<GistProcess> processes;
    private readonly List<string> listenUrls;

    private WebhookInstances(List<GistProcess> processes, List<string> listenUrls)
    {
        this.processes = processes;
        this.listenUrls = listenUrls;
    }

    public IReadOnlyList<GistProcess> Processes => processes;

    /// <summary>Where instance <paramref name="index"/> takes webhook calls.</summary>
    public string HookUrl(int index) => listenUrls[index] + HookPath;

    /// <summary>Starts <paramref name="count"/> instances and waits until each answers /healthz and Telegram has its webhook.</summary>
    public static async Task<WebhookInstances> StartAsync(int count, FakeBotApiServer telegram, IReadOnlyDictionary<string, string> settings, WebhookPoster poster)
    {
        var processes = new List<GistProcess>();
        var urls = new List<string>();
        var instances = new WebhookInstances(processes, urls);
        for (int index = 0; index < count; index++)
        {
            string listen = $"http://127.0.0.1:{FreePort()}";
            urls.Add(listen);
            var environment = new Dictionary<string, string>(settings)
            {
                ["Telegram__BotToken"] = telegram.Token,
                ["Telegram__ApiBaseUrl"] = telegram.BaseUrl,
                ["Telegram__Mode"] = "Webhook",
                ["Telegram__WebhookUrl"] = "http://127.0.0.1:8443" + HookPath,
                ["Telegram__WebhookSecret"] = Secret,
                ["Telegram__WebhookListenUrl"] = listen,
                ["Operations__InstanceId"] = "bench-" + index.ToString(CultureInfo.InvariantCulture),
            };
            processes.Add(ReleaseBot.Start(environment));
        }

        var clock = Stopwatch.StartNew();
        for (int index = 0; index < count; index++)
        {
            while (!await poster.IsHealthyAsync(urls[index], CancellationToken.None))
            {
                if (processes[index].HasExited || clock.Elapsed > TimeSpan.FromSeconds(90))
                {
                    string tail = processes[index].LogTail();
                    await instances.DisposeAsync();
                    throw new InvalidOperationException($"instance {index} did not start:\n{tail}");
                }

                await Task.Delay(200);
            }
        }

        while (telegram.State.WebhookUrl is null && clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(100);
        }

        return instances;
    }

    /// <summary>SIGKILL, as a lost machine: no shutdown, no release of leases.</summary>
    public void Kill(int index) => Process.GetProcessById(processes[index].Id).Kill();

    public async ValueTask DisposeAsync()
    {
        foreach (GistProcess process in processes)
        {
            await process.DisposeAsync();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
