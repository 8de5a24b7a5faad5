using System.ComponentModel.DataAnnotations;

namespace Gist.Hosting;

/// <summary>Configuration section "Host": how the <c>bot</c> verb stops.</summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Host";

    /// <summary>Grace period for in-flight work on SIGTERM, in seconds.</summary>
    [Range(1, 3600)]
    public int ShutdownTimeoutSeconds { get; set; } = 30;
}
