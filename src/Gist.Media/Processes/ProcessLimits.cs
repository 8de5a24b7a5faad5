namespace Gist.Media.Processes;

/// <summary>What one run of an external program may use: wall-clock time, address space, and how much of its output is kept.</summary>
public sealed record ProcessLimits(TimeSpan Timeout, long MemoryBytes, int MaxOutputCharacters);
