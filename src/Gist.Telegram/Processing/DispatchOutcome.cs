namespace Gist.Telegram.Processing;

public enum DispatchOutcomeKind
{
    /// <summary>The user got an answer (a result, or a clear message saying why not).</summary>
    Answered,

    /// <summary>Could not even tell the user (e.g. Telegram unreachable); the update goes back to the inbox.</summary>
    RetryLater,

    /// <summary>Nothing more can be done (the bot is blocked in that chat, or the update is malformed).</summary>
    Failed,
}

public sealed record DispatchOutcome(DispatchOutcomeKind Kind, string? Error = null)
{
    public static DispatchOutcome Answered { get; } = new(DispatchOutcomeKind.Answered);

    public static DispatchOutcome RetryLater(string error) => new(DispatchOutcomeKind.RetryLater, error);

    public static DispatchOutcome Failed(string error) => new(DispatchOutcomeKind.Failed, error);
}
