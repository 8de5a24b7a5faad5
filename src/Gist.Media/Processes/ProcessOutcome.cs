namespace Gist.Media.Processes;

/// <summary>How a bounded run ended: its exit code and what it wrote (cut at the limit), or that it ran out of time.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error, bool TimedOut, bool OutputTruncated)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
