namespace Gist.Telegram.Access;

/// <summary>Whether an update may be handled; when not, the reply to send (Telegram HTML), or none to stay quiet.</summary>
public sealed record AccessVerdict(bool Allowed, string? ReplyHtml, string Reason)
{
    public static AccessVerdict Allow { get; } = new(true, null, "allowed");

    public static AccessVerdict Refuse(string reason, string? replyHtml) => new(false, replyHtml, reason);
}
