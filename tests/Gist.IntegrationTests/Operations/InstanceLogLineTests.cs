using Gist.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Gist.IntegrationTests.Operations;

/// <summary>Every console line of the bot names its instance (Operations__InstanceId, else machine name and pid).</summary>
public sealed class InstanceLogLineTests
{
    private static (IOptionsMonitor<InstanceConsoleFormatterOptions> Formatter, ConsoleLoggerOptions Console) Logging(Dictionary<string, string?> settings)
    {
        var builder = GistHost.CreateBuilder(logToStandardError: false, settings);
        using var services = builder.Services.BuildServiceProvider();
        return (services.GetRequiredService<IOptionsMonitor<InstanceConsoleFormatterOptions>>(), services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value);
    }

    private static string Line(InstanceConsoleFormatter formatter, LogLevel level, string message, Exception? exception = null)
    {
        using var text = new StringWriter();
        formatter.Write(new LogEntry<string>(level, "Gist.Telegram.Processing.UpdateWorker", new EventId(7), message, exception, (m, _) => m), null, text);
        return text.ToString();
    }

    [Fact]
    public void The_host_formats_the_console_with_the_configured_instance_id()
    {
        var (formatter, console) = Logging(new() { ["Operations:InstanceId"] = "gist-b" });

        Assert.Equal(InstanceConsoleFormatter.FormatterName, console.FormatterName);
        Assert.Equal("gist-b", formatter.CurrentValue.Instance);
    }

    [Fact]
    public void Without_a_setting_the_instance_is_the_machine_name_and_process_id()
    {
        var (formatter, _) = Logging([]);

        Assert.Equal($"{Environment.MachineName}-{Environment.ProcessId}", formatter.CurrentValue.Instance);
    }

    [Fact]
    public void Each_entry_is_one_line_naming_the_instance_with_its_exception_after_it()
    {
        var options = new InstanceConsoleFormatterOptions { Instance = "gist-a", TimestampFormat = null };
        var formatter = new InstanceConsoleFormatter(new StaticOptionsMonitor(options));

        var line = Line(formatter, LogLevel.Warning, "Update 5 failed\nsecond line");
        var withException = Line(formatter, LogLevel.Error, "boom", new InvalidOperationException("inner reason"));

        Assert.Equal("warn: [gist-a] Gist.Telegram.Processing.UpdateWorker[7] Update 5 failed second line" + Environment.NewLine, line);
        Assert.StartsWith("fail: [gist-a] Gist.Telegram.Processing.UpdateWorker[7] boom" + Environment.NewLine + "System.InvalidOperationException: inner reason", withException, StringComparison.Ordinal);
    }

    private sealed class StaticOptionsMonitor(InstanceConsoleFormatterOptions value) : IOptionsMonitor<InstanceConsoleFormatterOptions>
    {
        public InstanceConsoleFormatterOptions CurrentValue => value;

        public InstanceConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<InstanceConsoleFormatterOptions, string?> listener) => null;
    }
}
