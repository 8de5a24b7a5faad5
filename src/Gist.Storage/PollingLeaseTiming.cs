namespace Gist.Storage;

/// <summary>
/// The polling lease lasts two thirds of <see cref="StorageOptions.LeaseSeconds"/> and is renewed (or tried) every
/// quarter of that: with the default 30 s, a dead poller is replaced within 20 + 5 = 25 s.
/// </summary>
internal static class PollingLeaseTiming
{
    public static TimeSpan Duration(StorageOptions options) => TimeSpan.FromSeconds(Math.Max(1.0, options.LeaseSeconds * 2.0 / 3.0));

    public static TimeSpan CheckInterval(StorageOptions options) => Duration(options) / 4;

    /// <summary>This process's name as a lease holder.</summary>
    public static string NewHolder() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
