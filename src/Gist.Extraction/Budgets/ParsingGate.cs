using Gist.Core.Articles;
using Microsoft.Extensions.Options;

namespace Gist.Extraction.Budgets;

/// <summary>
/// Runs CPU-heavy parsing on the thread pool with bounded parallelism (<see cref="ParsingOptions.MaxConcurrent"/>)
/// and a time budget, so a flood of hostile files cannot take every core from the receiving loop and the other
/// chats. The work gets a token that is cancelled at the budget; the caller is answered at the budget even when
/// the work does not look at its token, and the slot is given back only when the work has really ended.
/// </summary>
public sealed class ParsingGate(IOptions<ParsingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);

    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, string tooComplexMessage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var timeout = options.Value.Timeout;
        await slots.WaitAsync(cancellationToken);
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(timeout);
        var token = budget.Token;
        var running = Task.Run(() => work(token), CancellationToken.None);
        _ = running.ContinueWith(
            _ =>
            {
                budget.Dispose();
                slots.Release();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        try
        {
            var result = await running.WaitAsync(timeout, cancellationToken);

            // Work that watched its token may return (a partial result) just as the budget ends: still over budget.
            if (token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException();
            }

            return result;
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.TooComplex, tooComplexMessage, ex);
        }
    }

    public void Dispose() => slots.Dispose();
}
