namespace Gist.Core.Storage;

/// <summary>
/// The answer to a slot request: <see cref="Reserved"/>, the message may go after <see cref="Wait"/> (zero: now);
/// refused, nothing was taken and the sender asks again after <see cref="Wait"/>.
/// </summary>
public readonly record struct SendSlot(TimeSpan Wait, bool Reserved)
{
    public static SendSlot Now { get; } = new(TimeSpan.Zero, true);
}
