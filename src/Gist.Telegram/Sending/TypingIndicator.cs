using Microsoft.Extensions.Logging;

namespace Gist.Telegram.Sending;

/// <summary>
/// Keeps "typing…" visible while the model works: a chat action lasts at most 5 seconds
/// (https://core.telegram.org/bots/api#sendchataction), so it is refreshed every 4.
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(4);
    private readonly CancellationTokenSource stop;
    private readonly Task loop;

    private TypingIndicator(ReplySender sender, ILogger logger, CancellationToken cancellationToken)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        loop = RunAsync(sender, logger, stop.Token);
    }

    public static TypingIndicator Start(ReplySender sender, ILogger logger, CancellationToken cancellationToken) =>
        new(sender, logger, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private static async Task RunAsync(ReplySender sender, ILogger logger, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                await sender.TypingAsync(token);
                await Task.Delay(Interval, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                // A lost typing indicator is cosmetic; the answer itself is what matters.
                logger.LogDebug(ex, "sendChatAction failed");
                try
                {
                    await Task.Delay(Interval, token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
