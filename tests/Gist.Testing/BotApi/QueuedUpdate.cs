namespace Gist.Testing.BotApi;

/// <summary>An update waiting in the queue. <see cref="Forced"/> marks a redelivery the test asked for: it survives
/// the offset rule until it has been handed out once, so an already-confirmed update_id can come back.</summary>
internal sealed record QueuedUpdate(long UpdateId, string Type, string Json, bool Forced)
{
    public bool Delivered { get; set; }
}
