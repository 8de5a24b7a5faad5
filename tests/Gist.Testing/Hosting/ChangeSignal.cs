namespace Gist.Testing.Hosting;

/// <summary>
/// Lets a test wait until a fake's recorded state satisfies a condition: the fake calls <see cref="Notify"/> after
/// every change, and <see cref="WaitAsync"/> re-checks the condition on each one until it holds or time runs out.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource changed = NewSource();

    public void Notify() => Interlocked.Exchange(ref changed, NewSource()).TrySetResult();

    /// <summary>
    /// Completes when <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> with
    /// <paramref name="describeTimeout"/>'s text when it still does not after <paramref name="timeout"/>.
    /// </summary>
    public async Task WaitAsync(Func<bool> condition, TimeSpan timeout, Func<string> describeTimeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            // Taken before the check: a change between the check and the wait still wakes the wait.
            var next = Volatile.Read(ref changed).Task;
            if (condition())
            {
                return;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                if (condition())
                {
                    return;
                }

                throw new TimeoutException(describeTimeout());
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
