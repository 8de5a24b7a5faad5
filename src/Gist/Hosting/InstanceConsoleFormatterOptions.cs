using Microsoft.Extensions.Logging.Console;

namespace Gist.Hosting;

/// <summary>The console format's settings: the timestamp (from the console options) and the instance id (Operations__InstanceId).</summary>
public sealed class InstanceConsoleFormatterOptions : ConsoleFormatterOptions
{
    public string Instance { get; set; } = "";
}
