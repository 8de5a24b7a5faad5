using System.Net;

namespace Gist.Testing.Processes;

/// <summary>
/// A load balancer in front of several instances in webhook mode: each update goes to the next instance in
/// rotation; one that refuses the connection is taken out of the rotation for good (it died), one that answers
/// anything but 200 (stopping, its database away) is skipped for this update; either way the update goes to the next.
/// Telegram retries a failed webhook call too, so an update is never given up while an instance is left.
/// </summary>
public sealed class WebhookBalancer(IReadOnlyList<GistProcess> instances, WebhookPoster poster)
{
    private readonly Lock gate = new();
    private readonly HashSet<GistProcess> dead = [];
    private int next;
    private int reposts;

    /// <summary>Updates posted a second time (or more) because an instance refused them.</summary>
    public int Reposts => Volatile.Read(ref reposts);

    /// <summary>Instances taken out of the rotation.</summary>
    public IReadOnlyCollection<GistProcess> Dead
    {
        get
        {
            lock (gate)
            {
                return [.. dead];
            }
        }
    }

    /// <summary>Posts the update until an instance accepts it; returns that instance.</summary>
    public async Task<GistProcess> PostAsync(string json, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var instance = Next() ?? throw new InvalidOperationException("No instance is left in the rotation.");
            if (attempt > 0)
            {
                Interlocked.Increment(ref reposts);
            }

            try
            {
                if (await poster.PostAsync(instance.ListenUrl!, json, cancellationToken) == HttpStatusCode.OK)
                {
                    return instance;
                }

                if (attempt >= 3 * instances.Count)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken); // every instance refuses: back off as Telegram does
                }
            }
            catch (HttpRequestException)
            {
                lock (gate)
                {
                    dead.Add(instance);
                }
            }
        }
    }

    private GistProcess? Next()
    {
        lock (gate)
        {
            for (var i = 0; i < instances.Count; i++)
            {
                var candidate = instances[next++ % instances.Count];
                if (!dead.Contains(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
