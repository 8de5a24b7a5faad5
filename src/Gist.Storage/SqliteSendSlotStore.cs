using System.Collections.Concurrent;
using Gist.Core.Storage;

namespace Gist.Storage;

/// <summary>
/// Send slots on SQLite: one process owns the file, so the slots live in its memory (<see cref="InProcessSendSlots"/>),
/// timed on the process's clock, exactly as a single bot always paced itself.
/// </summary>
public sealed class SqliteSendSlotStore(SqliteDatabase database, TimeProvider time) : ISendSlotStore
{
    // Per file and static: two sets of stores opened on one file in one process (as the contract tests do) share them.
    private static readonly ConcurrentDictionary<string, InProcessSendSlots> ByFile = new(StringComparer.Ordinal);

    private InProcessSendSlots Slots => ByFile.GetOrAdd(database.FilePath, _ => new InProcessSendSlots(time));

    public Task<SendSlot> ReserveAsync(SendSlotRequest request, SendSlotRules rules, CancellationToken cancellationToken) =>
        Slots.ReserveAsync(request, rules, cancellationToken);

    public Task PauseAsync(long? chatId, TimeSpan retryAfter, CancellationToken cancellationToken) =>
        Slots.PauseAsync(chatId, retryAfter, cancellationToken);
}
