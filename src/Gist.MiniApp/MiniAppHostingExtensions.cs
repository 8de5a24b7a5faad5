using Gist.MiniApp.Api;
using Gist.MiniApp.Assets;
using Gist.MiniApp.Auth;
using Gist.Telegram;
using Gist.Telegram.Receiving;
using Gist.Telegram.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gist.MiniApp;

public static class MiniAppHostingExtensions
{
    /// <summary>
    /// The Mini App (section "MiniApp"): its page and API on the bot's listener, which then runs in polling mode too
    /// when Web:PublicUrl (or the dev switch) is set, and the menu button. Call after AddGistTelegram and AddGistDigests.
    /// </summary>
    public static IHostApplicationBuilder AddGistMiniApp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<MiniAppOptions>()
            .Bind(builder.Configuration.GetSection(MiniAppOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MiniAppOptions>, MiniAppOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InitDataValidator>();
        services.AddSingleton<RequestAuthenticator>();
        services.AddSingleton<EmbeddedAssets>();
        services.AddSingleton<ApiRoute>();
        services.AddSingleton<DigestApi>();
        services.AddSingleton<ArticleApi>();
        services.AddSingleton<SearchApi>();
        services.AddSingleton<SubscriptionApi>();
        services.AddSingleton<IListenerRoutes, MiniAppEndpoints>();
        services.AddHostedService<MenuButtonRegistrar>();

        var publicUrl = builder.Configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.PublicUrl)}"];
        var devUser = builder.Configuration[$"{MiniAppOptions.SectionName}:{nameof(MiniAppOptions.DevUserId)}"];
        if (!string.IsNullOrWhiteSpace(publicUrl) || (!string.IsNullOrWhiteSpace(devUser) && devUser.Trim() != "0"))
        {
            TelegramHostingExtensions.AddListener(builder);
        }

        return builder;
    }
}
