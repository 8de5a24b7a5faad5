namespace Gist.Core.Storage;

/// <summary>
/// The parts of an update's reply already sent as new messages. Recorded right after each send, so a process
/// killed between parts resumes after the last recorded one instead of sending the earlier parts again.
/// </summary>
public interface IReplyProgressStore
{
    /// <summary>Part number → message id, for the parts already sent.</summary>
    Task<IReadOnlyDictionary<int, int>> GetAsync(long updateId, CancellationToken cancellationToken);

    Task RecordAsync(long updateId, int part, int messageId, CancellationToken cancellationToken);
}
