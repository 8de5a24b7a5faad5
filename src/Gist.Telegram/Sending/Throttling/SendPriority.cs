namespace Gist.Telegram.Sending.Throttling;

public enum SendPriority
{
    /// <summary>An answer to a user who is waiting: always ahead of bulk.</summary>
    Interactive,

    /// <summary>Digest broadcast: uses what interactive traffic leaves.</summary>
    Bulk,
}
