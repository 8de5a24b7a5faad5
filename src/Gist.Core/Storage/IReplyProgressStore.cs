namespace Gist.Core.Storage;

/// <summary>
/// How far an update's reply got. The parts sent as new messages are recorded right after each send, so a process
/// killed between parts resumes after the last recorded one instead of sending the earlier parts again. What each
/// message shows (a fingerprint of its text and keyboard) is recorded after each send and edit, so whichever process
/// resumes the update skips an edit the message already shows (Telegram refuses it: "message is not modified").
/// </summary>
public interface IReplyProgressStore
{
    /// <summary>Part number → message id, for the parts already sent.</summary>
    Task<IReadOnlyDictionary<int, int>> GetAsync(long updateId, CancellationToken cancellationToken);

    Task RecordAsync(long updateId, int part, int messageId, CancellationToken cancellationToken);

    /// <summary>Message id → fingerprint of the content last sent or edited into it while answering the update.</summary>
    Task<IReadOnlyDictionary<int, string>> GetShownAsync(long updateId, CancellationToken cancellationToken);

    /// <summary>Records (or replaces) what a message of the update's reply shows now.</summary>
    Task RecordShownAsync(long updateId, int messageId, string fingerprint, CancellationToken cancellationToken);
}
