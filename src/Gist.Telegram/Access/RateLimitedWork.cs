using Gist.Telegram.Digests;
using Gist.Telegram.Handlers;

namespace Gist.Telegram.Access;

/// <summary>
/// The handlers the per-user rate limit paces: those that read articles or feeds and may call the model. Settings,
/// /help and the other cheap commands are answered at once and never use up the limit (issue 13, item 2).
/// </summary>
public static class RateLimitedWork
{
    private static readonly HashSet<Type> Paced =
    [
        typeof(SubscribeCommandHandler),
        typeof(DigestCommandHandler),
        typeof(OpmlImportHandler),
    ];

    public static bool Of(IInputHandler handler) => ModelCost.Of(handler) || Paced.Contains(handler.GetType());
}
