namespace Gist.Telegram.Access;

/// <summary>
/// Whether an update may be handled; when not, the reply to send (Telegram HTML), or none to stay quiet. A paced
/// update (<see cref="WaitFor"/> set) is not refused: it is handled after that wait, and the reply, if any, says so.
/// </summary>
public sealed record AccessVerdict(bool Allowed, string? ReplyHtml, string Reason, TimeSpan? WaitFor = null)
{
    public static AccessVerdict Allow { get; } = new(true, null, "allowed");

    public static AccessVerdict Refuse(string reason, string? replyHtml) => new(false, replyHtml, reason);

    public static AccessVerdict Wait(TimeSpan delay, string? replyHtml) => new(false, replyHtml, "rate limited", delay);
}
