namespace Gist.Core.Storage;

/// <summary>
/// Which instance of the bot calls getUpdates: one at a time (Telegram refuses two pollers with 409), chosen through
/// the database. The holder renews its lease every <see cref="CheckInterval"/>; when it dies, the lease runs out and
/// another instance takes it over, polling from the last update stored in the shared inbox.
/// </summary>
public interface IPollingLease
{
    /// <summary>How often the holder renews and the others try to take over.</summary>
    TimeSpan CheckInterval { get; }

    /// <summary>Takes the lease when free or expired, renews it when this instance holds it; false while another holds it.</summary>
    Task<bool> TryHoldAsync(CancellationToken cancellationToken);

    /// <summary>Gives the lease up (at stop), so another instance takes over without waiting for it to run out.</summary>
    Task ReleaseAsync(CancellationToken cancellationToken);
}
