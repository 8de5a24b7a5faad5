using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Gist.Telegram.Operations;

/// <summary>Configuration section "Operations": what an operator running several instances sees of each.</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Operations";

    /// <summary>This instance's name in every log line, in /readyz and on every metric; default: machine name and process id.</summary>
    [RegularExpression("^[A-Za-z0-9._:-]{1,64}$", ErrorMessage = "Operations__InstanceId must be 1-64 of A-Z a-z 0-9 . _ : -")]
    public string? InstanceId { get; set; }

    /// <summary>/readyz answers 503 while more updates than this wait in the inbox (the instance is behind).</summary>
    [Range(1, 10_000_000)]
    public int MaxPendingUpdates { get; set; } = 1000;

    /// <summary>Time the readiness check gives the database to answer.</summary>
    [Range(0.1, 60)]
    public double ProbeTimeoutSeconds { get; set; } = 3;

    /// <summary>The id in use: <see cref="InstanceId"/>, else the machine name and process id.</summary>
    public string EffectiveInstanceId => InstanceId is { Length: > 0 } id ? id
        : Environment.MachineName + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
}
