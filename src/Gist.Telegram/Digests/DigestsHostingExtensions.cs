using Gist.Digests;
using Gist.Telegram.Handlers;
using Gist.Telegram.Sending.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Gist.Telegram.Digests;

public static class DigestsHostingExtensions
{
    /// <summary>
    /// Daily digests on Telegram: the digest domain (<see cref="DigestsServiceCollectionExtensions.AddGistDigestsCore"/>),
    /// the outbound throttle ("Throttle" section) that ReplySender also uses, the commands and the OPML import, the
    /// delivery and the scheduler. Call after AddGistPipeline and AddGistTelegram.
    /// </summary>
    public static IHostApplicationBuilder AddGistDigests(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddGistDigestsCore(builder.Configuration);
        // Throttle options are bound by AddGistTelegram.
        services.TryAddSingleton<OutboundThrottle>();
        services.TryAddSingleton<DigestSender>();
        services.TryAddSingleton<DigestDelivery>();
        services.TryAddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());

        services.AddScoped<IUpdateHandler, SubscribeCommandHandler>();
        services.AddScoped<IUpdateHandler, SubscriptionsCommandHandler>();
        services.AddScoped<IUpdateHandler, SubscriptionButtonHandler>();
        services.AddScoped<IUpdateHandler, FollowChannelButtonHandler>();
        services.AddScoped<IUpdateHandler, UnsubscribeCommandHandler>();
        services.AddScoped<IUpdateHandler, FilterCommandHandler>();
        services.AddScoped<IUpdateHandler, DigestTimeCommandHandler>();
        services.AddScoped<IUpdateHandler, TimezoneCommandHandler>();
        services.AddScoped<IUpdateHandler, DigestCommandHandler>();
        services.AddScoped<IUpdateHandler, ReadingCommandHandler>();
        services.AddScoped<IUpdateHandler, ExportCommandHandler>();
        services.AddScoped<IUpdateHandler, OpmlImportHandler>();
        return builder;
    }
}
