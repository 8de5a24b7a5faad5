namespace Gist.Core.Storage;

/// <summary>One message about to be sent.</summary>
/// <param name="ChatId">Its chat; below zero a group (20 messages a minute).</param>
/// <param name="Bulk">A digest broadcast: takes only what interactive replies leave.</param>
/// <param name="Edit">An edit of a message already sent: it counts toward the bot's rate and honours a 429 pause,
/// but not the spacing of new messages in the chat.</param>
public sealed record SendSlotRequest(long ChatId, bool Bulk, bool Edit = false);
