using Gist.Core.Storage;
using Gist.Telegram.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace Gist.Telegram.Tests.Operations;

/// <summary>The readiness findings for a database that fails, hangs or has a backlog (the happy path runs through the real host).</summary>
public sealed class ReadinessProbeTests
{
    private static async Task<ReadinessReport> CheckAsync(Mock<IUpdateInbox> inbox, OperationsOptions? options = null)
    {
        var started = new CancellationTokenSource();
        await started.CancelAsync();
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(started.Token);
        lifetime.SetupGet(l => l.ApplicationStopping).Returns(CancellationToken.None);
        using var services = new ServiceCollection().AddSingleton(inbox.Object).BuildServiceProvider();
        var probe = new ReadinessProbe(services, lifetime.Object, Options.Create(options ?? new OperationsOptions { InstanceId = "i1" }));
        return await probe.CheckAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_database_that_refuses_makes_the_instance_not_ready_without_quoting_the_driver()
    {
        var inbox = new Mock<IUpdateInbox>();
        inbox.Setup(i => i.CountAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("Host=db;Username=secret-user"));

        var report = await CheckAsync(inbox);

        Assert.False(report.Ready);
        Assert.Equal("unreachable (InvalidOperationException)", report.Checks["storage"]);
        Assert.DoesNotContain(report.Checks.Values, v => v.Contains("secret-user", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_that_does_not_answer_in_time_makes_the_instance_not_ready()
    {
        var inbox = new Mock<IUpdateInbox>();
        inbox.Setup(i => i.CountAsync(It.IsAny<CancellationToken>()))
            .Returns<CancellationToken>(async token =>
            {
                await Task.Delay(System.Threading.Timeout.Infinite, token);
                return new InboxCounts(0, 0, 0, 0);
            });

        var report = await CheckAsync(inbox, new OperationsOptions { ProbeTimeoutSeconds = 0.2 });

        Assert.False(report.Ready);
        Assert.Equal("no answer within 0.2 s", report.Checks["storage"]);
    }

    [Fact]
    public async Task A_backlog_over_the_threshold_makes_the_instance_not_ready_and_says_how_big()
    {
        var inbox = new Mock<IUpdateInbox>();
        inbox.Setup(i => i.CountAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new InboxCounts(51, 3, 900, 1));

        var report = await CheckAsync(inbox, new OperationsOptions { MaxPendingUpdates = 50 });

        Assert.False(report.Ready);
        Assert.Equal("ok", report.Checks["storage"]);
        Assert.Equal("51 updates pending (over 50)", report.Checks["inbox"]);
        Assert.Equal(51, report.PendingUpdates);
    }
}
