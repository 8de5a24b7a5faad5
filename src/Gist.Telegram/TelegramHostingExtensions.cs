using Gist.Telegram.Access;
using Gist.Telegram.Reruns;
using Gist.Rendering;
using Gist.Telegram.Articles;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Media;
using Gist.Telegram.Operations;
using Gist.Telegram.Processing;
using Gist.Telegram.Receiving;
using Gist.Telegram.Sending;
using Gist.Telegram.Sending.Throttling;
using Gist.Telegram.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Gist.Telegram;

public static class TelegramHostingExtensions
{
    private const string HttpClientName = "telegram";

    /// <summary>The Telegram side of the bot: receiving into the inbox, the worker, and one handler per input kind.</summary>
    public static IHostApplicationBuilder AddGistTelegram(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>()
            .Bind(builder.Configuration.GetSection(TelegramOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, WebhookOptionsValidator>();

        // No request logging on this client: the bot token is part of every Bot API URL.
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(90)).RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken, options.ApiBaseUrl.TrimEnd('/')), http);
        });

        services.AddOptions<AccessOptions>()
            .Bind(builder.Configuration.GetSection(AccessOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UserRateLimiter>();
        services.AddScoped<AccessGate>();
        services.AddScoped<ModelRerunScheduler>();
        services.AddScoped<FallbackReplacer>();
        services.AddHostedService<ModelRerunService>();
        services.AddScoped<IInputHandler, StatsCommandHandler>();
        services.AddScoped<IInputHandler, QuotaCommandHandler>();

        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<BotIdentityProvider>();
        services.AddSingleton<SummaryReplyRenderer>();
        services.AddSingleton<TranslationRenderer>();
        services.AddSingleton<AnswerRenderer>();
        services.AddSingleton<SourceTextRenderer>();
        services.AddSingleton<MediaArticleFactory>();
        services.AddSingleton<ArticleArchive>();

        // The public web address (section "Web"): the Mini App's buttons, and the listener in polling mode.
        services.AddOptions<WebOptions>()
            .Bind(builder.Configuration.GetSection(WebOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        services.AddSingleton<MiniAppLinks>();

        // Telegram's flood limits (section "Throttle"): one message throttle for every reply and, when digests are
        // registered, their broadcasts too (interactive replies go first); the budget for "typing…".
        services.AddOptions<ThrottleOptions>()
            .Bind(builder.Configuration.GetSection(ThrottleOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.InteractiveReserve < o.MessagesPerSecond, "Throttle:InteractiveReserve must be below Throttle:MessagesPerSecond.")
            .ValidateOnStart();
        services.TryAddSingleton<FallbackSendSlots>();
        services.TryAddSingleton<OutboundThrottle>();
        services.TryAddSingleton<ChatActionBudget>();
        services.AddScoped<ReplySender>();
        services.AddScoped<UpdateDispatcher>();
        services.AddScoped<ArticleResponder>();
        services.AddSingleton<ChannelFollowOffer>();
        services.AddScoped<LinkArticleLoader>();

        // Handlers are asked by their Order, then in this order; the first that accepts an update handles it.
        services.AddScoped<IInputHandler, StartCommandHandler>();
        services.AddScoped<IInputHandler, HelpCommandHandler>();
        services.AddScoped<IInputHandler, LanguageCommandHandler>();
        services.AddScoped<IInputHandler, SummarizeCommandHandler>();
        services.AddScoped<IInputHandler, UnknownCommandHandler>();
        services.AddScoped<IInputHandler, TranslationButtonHandler>();
        services.AddScoped<IInputHandler, FollowUpQuestionHandler>();
        services.AddScoped<IInputHandler, SourceTextButtonHandler>();
        services.AddScoped<IInputHandler, ImageMessageHandler>();
        services.AddScoped<IInputHandler, SpeechMessageHandler>();
        services.AddScoped<IInputHandler, DocumentHandler>();
        services.AddScoped<IInputHandler, ForwardedPostHandler>();
        services.AddScoped<IInputHandler, LinkMessageHandler>();
        services.AddScoped<IInputHandler, PastedTextHandler>();
        services.AddScoped<IInputHandler, UnsupportedMessageHandler>();

        builder.AddGistOperations();
        services.AddSingleton<CommandMenu>();
        services.AddHostedService<BotCommandsRegistrar>();
        // Either way updates go through InboxWriter into the same inbox; only the receiving side differs.
        if (ModeOf(builder) == ReceivingMode.Webhook)
        {
            services.AddSingleton<WebhookEndpoint>();
            AddListener(builder);
            services.AddHostedService<WebhookRegistrar>();
        }
        else
        {
            services.AddHostedService<UpdateReceiver>();

            // Polling needs no listener, but health checks, metrics and the Mini App do: it runs when a listen
            // address or a public address is set (no webhook path then).
            if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.WebhookListenUrl)}"])
                || !string.IsNullOrWhiteSpace(builder.Configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.PublicUrl)}"]))
            {
                AddListener(builder);
            }
        }

        services.AddHostedService<UpdateWorker>();
        return builder;
    }

    /// <summary>The bot's HTTP listener (once, however often asked: hosted services are added at most once).</summary>
    public static IHostApplicationBuilder AddListener(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // ASP.NET Core logs five Information lines per request; one per update is enough (the endpoint's own
        // Debug line). Logging:LogLevel:Microsoft.AspNetCore in the configuration still decides when it is set.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        builder.Services.AddHostedService<WebhookListener>();
        return builder;
    }

    /// <summary>Telegram:Mode as registration needs it; a value that is not a mode falls back to polling here and
    /// fails at start, where binding the options names the setting.</summary>
    private static ReceivingMode ModeOf(IHostApplicationBuilder builder) =>
        Enum.TryParse<ReceivingMode>(builder.Configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Mode)}"], ignoreCase: true, out var mode)
            && Enum.IsDefined(mode)
            ? mode
            : ReceivingMode.Polling;
}
