namespace Gist.ReliabilityTests.Support;

/// <summary>Waits for the moment to kill the process; names the point reached (or "timeout" when it never came).</summary>
public static class KillPoint
{
    public static async Task<string> AfterAsync(string name, TimeSpan delay)
    {
        await Task.Delay(delay);
        return name;
    }

    public static async Task<string> WhenAsync(string name, Func<bool> reached, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (reached())
            {
                return name;
            }

            await Task.Delay(5);
        }

        return name + " (not reached)";
    }
}
