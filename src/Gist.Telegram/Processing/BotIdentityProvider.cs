using Telegram.Bot;

namespace Gist.Telegram.Processing;

/// <summary>Calls getMe once and remembers the answer.</summary>
public sealed class BotIdentityProvider(ITelegramBotClient bot)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private BotIdentity? identity;

    /// <summary>The identity when getMe has already answered, without calling it.</summary>
    public BotIdentity? Known => identity;

    public async Task<BotIdentity> GetAsync(CancellationToken cancellationToken)
    {
        if (identity is { } known)
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (identity is null)
            {
                var me = await bot.GetMe(cancellationToken);
                identity = new BotIdentity(me.Id, me.Username ?? "");
            }

            return identity;
        }
        finally
        {
            gate.Release();
        }
    }
}
