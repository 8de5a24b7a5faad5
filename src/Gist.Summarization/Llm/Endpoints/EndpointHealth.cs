namespace Gist.Summarization.Llm.Endpoints;

/// <summary>
/// Whether one deployment takes calls now. A 429 with Retry-After (or Azure's retry-after-ms) rests it exactly that
/// long; any other failure rests it for a cool-down that doubles with each failure in a row, up to a maximum. The
/// first success after a rest brings it back fully. Thread-safe.
/// </summary>
public sealed class EndpointHealth(TimeSpan baseCooldown, TimeSpan maxCooldown)
{
    private readonly Lock gate = new();
    private DateTimeOffset availableAt = DateTimeOffset.MinValue;
    private int failuresInRow;
    private string? lastProblem;

    public bool IsAvailable(DateTimeOffset now)
    {
        lock (gate)
        {
            return now >= availableAt;
        }
    }

    public DateTimeOffset AvailableAt
    {
        get
        {
            lock (gate)
            {
                return availableAt;
            }
        }
    }

    /// <summary>What made it rest last (an HTTP status or "timed out"), for the all-deployments-down message.</summary>
    public string? LastProblem
    {
        get
        {
            lock (gate)
            {
                return lastProblem;
            }
        }
    }

    /// <returns>How long the deployment now rests.</returns>
    public TimeSpan Failed(DateTimeOffset now, string problem, TimeSpan? retryAfter)
    {
        lock (gate)
        {
            failuresInRow++;
            lastProblem = problem;
            var rest = retryAfter ?? TimeSpan.FromTicks(Math.Min(maxCooldown.Ticks, baseCooldown.Ticks * (1L << Math.Min(failuresInRow - 1, 20))));
            availableAt = now + rest;
            return rest;
        }
    }

    /// <returns>True when the deployment had been failing (it has just recovered).</returns>
    public bool Succeeded()
    {
        lock (gate)
        {
            var recovered = failuresInRow > 0;
            failuresInRow = 0;
            lastProblem = null;
            availableAt = DateTimeOffset.MinValue;
            return recovered;
        }
    }
}
