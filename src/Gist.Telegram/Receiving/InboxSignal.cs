namespace Gist.Telegram.Receiving;

/// <summary>Wakes the worker as soon as the receiver stores new updates, instead of waiting for its next poll.</summary>
public sealed class InboxSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            if (semaphore.CurrentCount == 0)
            {
                semaphore.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up is enough.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await semaphore.WaitAsync(timeout, cancellationToken);
    }
}
