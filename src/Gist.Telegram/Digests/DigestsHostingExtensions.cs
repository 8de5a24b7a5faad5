using Gist.Digests;
using Gist.Telegram.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Gist.Telegram.Digests;

public static class DigestsHostingExtensions
{
    /// <summary>
    /// Daily digests on Telegram: the digest domain (<see cref="DigestsServiceCollectionExtensions.AddGistDigestsCore"/>),
    /// the commands and the OPML import, the
    /// delivery and the scheduler. Call after AddGistPipeline and AddGistTelegram.
    /// </summary>
    public static IHostApplicationBuilder AddGistDigests(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddGistDigestsCore(builder.Configuration);
        // The outbound throttle (OutboundThrottle, section "Throttle") is registered by AddGistTelegram.
        services.TryAddSingleton<DigestSender>();
        services.TryAddSingleton<DigestDelivery>();
        services.TryAddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());

        services.AddScoped<IInputHandler, SubscribeCommandHandler>();
        services.AddScoped<IInputHandler, SubscriptionsCommandHandler>();
        services.AddScoped<IInputHandler, SubscriptionButtonHandler>();
        services.AddScoped<IInputHandler, FollowChannelButtonHandler>();
        services.AddScoped<IInputHandler, UnsubscribeCommandHandler>();
        services.AddScoped<IInputHandler, FilterCommandHandler>();
        services.AddScoped<IInputHandler, DigestTimeCommandHandler>();
        services.AddScoped<IInputHandler, TimezoneCommandHandler>();
        services.AddScoped<IInputHandler, DigestCommandHandler>();
        services.AddScoped<IInputHandler, ReadingCommandHandler>();
        services.AddScoped<IInputHandler, ExportCommandHandler>();
        services.AddScoped<IInputHandler, OpmlImportHandler>();
        return builder;
    }
}
