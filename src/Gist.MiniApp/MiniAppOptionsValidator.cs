using Gist.Telegram;
using Gist.Telegram.Receiving;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gist.MiniApp;

/// <summary>
/// The dev switch is refused where it would open every user's data to anyone: a bot in the Production environment
/// talking to Telegram's own Bot API, that is, a real bot with a real token.
/// </summary>
public sealed class MiniAppOptionsValidator(IHostEnvironment environment, IOptions<TelegramOptions> telegram) : IValidateOptions<MiniAppOptions>
{
    public ValidateOptionsResult Validate(string? name, MiniAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DevModeOn && environment.IsProduction() && WebhookOptionsValidator.IsTelegramApi(telegram.Value.ApiBaseUrl))
        {
            return ValidateOptionsResult.Fail(
                "MiniApp__DevUserId is a development switch (the Mini App without Telegram's sign-in) and is refused in the " +
                "Production environment with Telegram's own Bot API: remove it, or run with DOTNET_ENVIRONMENT=Development and a test bot.");
        }

        return ValidateOptionsResult.Success;
    }
}
