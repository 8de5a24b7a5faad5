namespace Gist.Testing.BotApi;

/// <summary>Applies <see cref="RateLimitOptions"/> to message-producing calls: a call passes only when the global,
/// the chat's and (for groups, negative ids) the group's bucket each hold a token; else it is refused with the
/// number of seconds to wait, as Telegram's 429 "retry_after".</summary>
internal sealed class TelegramRateLimiter(RateLimitOptions options, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, TokenBucket> chats = [];
    private readonly Dictionary<long, TokenBucket> groups = [];
    private TokenBucket? global;

    /// <summary>Takes a token for <paramref name="chatId"/>, or returns the whole seconds to wait (at least 1).</summary>
    public int? TryAcquire(long chatId)
    {
        var now = time.GetTimestamp();
        var perSecond = time.TimestampFrequency;
        lock (gate)
        {
            this.global ??= new TokenBucket(options.GlobalBurst, options.GlobalPerSecond, now);
            var chat = GetBucket(chats, chatId, options.PerChatBurst, options.PerChatPerSecond, now);
            var group = chatId < 0
                ? GetBucket(this.groups, chatId, options.PerGroupBurst, options.PerGroupPerMinute / 60, now)
                : null;

            var wait = Math.Max(this.global.SecondsUntilToken(now, perSecond), chat.SecondsUntilToken(now, perSecond));
            if (group is not null)
            {
                wait = Math.Max(wait, group.SecondsUntilToken(now, perSecond));
            }

            if (wait > 0)
            {
                return Math.Max(1, (int)Math.Ceiling(wait));
            }

            this.global.Take();
            chat.Take();
            group?.Take();
            return null;
        }
    }

    private static TokenBucket GetBucket(Dictionary<long, TokenBucket> buckets, long chatId, double capacity,
        double rate, long now)
    {
        if (!buckets.TryGetValue(chatId, out var bucket))
        {
            bucket = new TokenBucket(capacity, rate, now);
            buckets[chatId] = bucket;
        }

        return bucket;
    }
}
