using System.Diagnostics;
using Gist.Media.Processes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gist.Media.Tests;

/// <summary>Coreutils programs stand in for a misbehaving decoder: one that hangs, one that floods, one that eats memory.</summary>
public sealed class BoundedProcessRunnerTests
{
    private static readonly BoundedProcessRunner Runner = new(NullLogger<BoundedProcessRunner>.Instance);

    private static string Program(string name) => ExecutableLocator.Find(name) ?? throw new InvalidOperationException(name + " is part of coreutils");

    [Fact]
    public async Task A_program_that_runs_past_its_time_is_killed()
    {
        var clock = Stopwatch.StartNew();
        var outcome = await Runner.RunAsync(Program("sleep"), ["30"], new ProcessLimits(TimeSpan.FromMilliseconds(500), 256L << 20, 1000), CancellationToken.None);
        Assert.True(outcome.TimedOut);
        Assert.False(outcome.Succeeded);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Output_past_the_cap_is_dropped_and_the_run_still_ends()
    {
        var outcome = await Runner.RunAsync(Program("seq"), ["1", "200000"], new ProcessLimits(TimeSpan.FromSeconds(20), 256L << 20, 1000), CancellationToken.None);
        Assert.True(outcome.Succeeded);
        Assert.True(outcome.OutputTruncated);
        Assert.Equal(1000, outcome.Output.Length);
        Assert.StartsWith("1\n2\n3\n", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_that_asks_for_more_memory_than_allowed_fails_instead_of_taking_it()
    {
        Assert.NotNull(ExecutableLocator.Find("prlimit"));
        var limits = new ProcessLimits(TimeSpan.FromSeconds(20), 128L << 20, 1000);
        var outcome = await Runner.RunAsync(Program("dd"), ["if=/dev/zero", "of=/dev/null", "bs=512M", "count=1"], limits, CancellationToken.None);
        Assert.False(outcome.Succeeded);
        Assert.Contains("memory", outcome.Error, StringComparison.OrdinalIgnoreCase);

        var small = await Runner.RunAsync(Program("dd"), ["if=/dev/zero", "of=/dev/null", "bs=16M", "count=1"], limits, CancellationToken.None);
        Assert.True(small.Succeeded, small.Error);
    }
}
