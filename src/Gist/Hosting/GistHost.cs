using System.Text;
using Gist.Telegram.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.Hosting;

/// <summary>
/// The host builder every verb starts from: configuration from config/appsettings.json next to the executable
/// (so a published folder carries its defaults), then environment variables (Telegram__BotToken…) and
/// user-secrets, the later overriding the earlier.
/// </summary>
public static class GistHost
{
    public static HostApplicationBuilder CreateBuilder(bool logToStandardError, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            DisableDefaults = false,
        });

        var config = builder.Configuration;
        config.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "config", "appsettings.json"),
            Optional = true,
            ReloadOnChange = false,
        });
        config.AddUserSecrets(typeof(GistHost).Assembly, optional: true);
        config.AddEnvironmentVariables();
        if (overrides is not null)
        {
            // Tests and embedding hosts pass their settings last, so they win.
            config.AddInMemoryCollection(overrides);
        }

        // Every console line names the instance (Operations__InstanceId, else machine name and process id).
        var instance = new OperationsOptions { InstanceId = config[$"{OperationsOptions.SectionName}:{nameof(OperationsOptions.InstanceId)}"] }.EffectiveInstanceId;
        builder.Logging.AddConsole(o => o.FormatterName = InstanceConsoleFormatter.FormatterName);
        builder.Logging.AddConsoleFormatter<InstanceConsoleFormatter, InstanceConsoleFormatterOptions>(o =>
        {
            o.TimestampFormat = "HH:mm:ss ";
            o.Instance = instance;
        });
        if (logToStandardError)
        {
            // Command-line verbs print their result on stdout; logs must not mix with it.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        return builder;
    }
}
