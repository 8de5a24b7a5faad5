using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Gist.Telegram.Receiving;
using Gist.Testing.BotApi;

namespace Gist.IntegrationTests.Instances;

/// <summary>
/// Telegram's side of the webhook, as a load balancer in front of several instances sees it: updates posted
/// round-robin, and one that is not answered 200 delivered again a second later (to the next instance) until it is.
/// </summary>
public sealed class RetryingWebhookPoster(IReadOnlyList<string> hookUrls, string secret)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentDictionary<long, ConcurrentQueue<int?>> accepted = new();
    private int next;
    private int posts;
    private int refusals;

    public int Posts => posts;

    /// <summary>Calls answered with anything but 200 (or not answered).</summary>
    public int Refusals => refusals;

    /// <summary>The users' message ids of a chat, in the order their updates were accepted.</summary>
    public IReadOnlyList<int?> Accepted(long chatId) => accepted.TryGetValue(chatId, out var ids) ? [.. ids] : [];

    /// <summary>Posts one chat's updates in order, each once it is accepted, <paramref name="pause"/> apart.</summary>
    public async Task PostInOrderAsync(IEnumerable<EnqueuedUpdate> updates, TimeSpan pause)
    {
        foreach (EnqueuedUpdate update in updates)
        {
            string body = new JsonObject { ["update_id"] = update.UpdateId, ["message"] = update.Json.DeepClone() }.ToJsonString();
            while (!await TryPostAsync(body))
            {
                Interlocked.Increment(ref refusals);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            accepted.GetOrAdd(update.ChatId, _ => new ConcurrentQueue<int?>()).Enqueue(update.MessageId);
            await Task.Delay(pause);
        }
    }

    private async Task<bool> TryPostAsync(string body)
    {
        Interlocked.Increment(ref posts);
        string url = hookUrls[(Interlocked.Increment(ref next) & int.MaxValue) % hookUrls.Count];
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        try
        {
            using HttpResponseMessage response = await Http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
