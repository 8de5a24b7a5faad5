using Gist.Core.Storage;

namespace Gist.Telegram.Tests.Throttling;

/// <summary>A shared slot store that answers as the test says (or hangs, or throws), counting the calls.</summary>
internal sealed class ScriptedSendSlotStore(Func<SendSlotRequest, CancellationToken, Task<SendSlot>> answer) : ISendSlotStore
{
    public int Reservations { get; private set; }

    public int Pauses { get; private set; }

    public Func<SendSlotRequest, CancellationToken, Task<SendSlot>> Answer { get; set; } = answer;

    public Task<SendSlot> ReserveAsync(SendSlotRequest request, SendSlotRules rules, CancellationToken cancellationToken)
    {
        Reservations++;
        return Answer(request, cancellationToken);
    }

    public Task PauseAsync(long? chatId, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        Pauses++;
        return Answer(new SendSlotRequest(chatId ?? 0, Bulk: false), cancellationToken);
    }
}
