using System.Text.RegularExpressions;
using Gist.Core.Digests;
using Gist.IntegrationTests.Support;
using Gist.Storage.Digests;
using Gist.Testing.BotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Gist.Core.Storage;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// A process that dies in the middle of a scheduled digest, and the process that starts after it on the same
/// SQLite file: the digest is finished from where it stopped, never built and sent a second time.
/// </summary>
public sealed partial class DigestCrashTests : IDisposable
{
    private const long Chat = 601;
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2024, 5, 1, 5, 0, 0, TimeSpan.Zero); // 08:00 at UTC+03:00
    private static readonly TimeSpan PastTheLease = TimeSpan.FromMinutes(16);
    private readonly TempDataFolder data = new("gist-crash-");

    private string Folder => data.Path;

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task A_crash_after_the_digest_went_out_and_before_it_was_recorded_does_not_send_it_again()
    {
        var time = new FakeTimeProvider(Start);
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { TimeProvider = time });
        using (var crashing = await CreateAsync(telegram, time, new CrashPointOptions(BeforeRecordingSent: true)))
        {
            await SetUpAsync(crashing, time, items: 2);
            time.Advance(Due - Start);
            Assert.Equal(1, await crashing.Scheduler.TickAsync(default));
            Assert.Single(telegram.State.Messages(Chat));
        }

        using var restarted = await DigestHost.CreateAsync(telegram, Folder, time);
        Assert.Equal(0, await restarted.Scheduler.TickAsync(default)); // still leased to the dead run
        time.Advance(PastTheLease);
        Assert.Equal(1, await restarted.Scheduler.TickAsync(default));

        Assert.Single(telegram.State.Messages(Chat));
        Assert.True(await restarted.Get<ISubscriberStore>().WasSentAsync(Chat, new DateOnly(2024, 5, 1), default));
        Assert.Null(await restarted.Get<IPendingDigestStore>().GetAsync(Chat, new DateOnly(2024, 5, 1), default));
        var subscriber = await restarted.Get<ISubscriberStore>().GetAsync(Chat, default);
        Assert.Equal(Due.AddDays(1), subscriber!.NextDigestAt);

        // The next day's digest is unaffected: new items only, once.
        await restarted.Get<IFeedStore>().AddItemsAsync(await FeedIdAsync(restarted), [NewsItems.Unrelated(100, time.GetUtcNow())], time.GetUtcNow(), default);
        time.Advance(Due.AddDays(1) - time.GetUtcNow());
        Assert.Equal(1, await restarted.Scheduler.TickAsync(default));
        var messages = telegram.State.Messages(Chat);
        Assert.Equal(2, messages.Count);
        Assert.Contains("Thursday 2 May 2024", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("1 story from 1 article", messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_interrupted_between_its_messages_continues_from_the_first_unsent_one()
    {
        var time = new FakeTimeProvider(Start);
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { TimeProvider = time });
        IReadOnlyList<string> parts;
        using (var crashing = await CreateAsync(telegram, time, new CrashPointOptions(AfterPartsRecorded: 1)))
        {
            await SetUpAsync(crashing, time, items: 40);
            time.Advance(Due - Start);
            await crashing.Scheduler.TickAsync(default);
            Assert.Single(telegram.State.Messages(Chat));
            parts = (await crashing.Get<IPendingDigestStore>().GetAsync(Chat, new DateOnly(2024, 5, 1), default))!.Parts;
        }

        Assert.True(parts.Count >= 3, $"the digest should span several messages, not {parts.Count}");
        using var restarted = await DigestHost.CreateAsync(telegram, Folder, time, NoChatSpacing);
        time.Advance(PastTheLease);
        await restarted.Scheduler.TickAsync(default);

        var messages = telegram.State.Messages(Chat);
        Assert.Equal(parts, messages.Select(m => m.RawText).ToList());
        var numbers = messages.SelectMany(m => StoryNumber().Matches(m.Text).Select(x => int.Parse(x.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.True(await restarted.Get<ISubscriberStore>().WasSentAsync(Chat, new DateOnly(2024, 5, 1), default));
    }

    [Fact]
    public async Task A_message_Telegram_accepted_before_the_crash_recorded_it_is_settled_as_uncertain_and_not_sent_again()
    {
        var (parts, messages, sent) = await CrashMidSendAndResumeAsync(new CrashPointOptions(BeforeConfirmingPart: 1));

        Assert.Equal(parts, messages); // each message once: the cut-off one arrived and was not repeated
        Assert.Equal(1, sent.UncertainParts);
    }

    [Fact]
    public async Task A_message_whose_request_never_left_before_the_crash_is_not_sent_either_and_is_reported()
    {
        var (parts, messages, sent) = await CrashMidSendAndResumeAsync(new CrashPointOptions(AfterBeginningPart: 1));

        // The price of never repeating: the uncertain message is missing, and the digest's record says so.
        Assert.Equal(parts.Where((_, index) => index != 1), messages);
        Assert.Equal((parts.Count, 1), (sent.Messages, sent.UncertainParts));
    }

    /// <summary>A digest of several messages, its process dead in the middle of the second one's send, resumed by another.</summary>
    private async Task<(IReadOnlyList<string> Parts, IReadOnlyList<string> Messages, SentDigest Sent)> CrashMidSendAndResumeAsync(CrashPointOptions crash)
    {
        var time = new FakeTimeProvider(Start);
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { TimeProvider = time });
        IReadOnlyList<string> parts;
        using (var crashing = await CreateAsync(telegram, time, crash))
        {
            await SetUpAsync(crashing, time, items: 40);
            time.Advance(Due - Start);
            await crashing.Scheduler.TickAsync(default);
            var pending = (await crashing.Get<IPendingDigestStore>().GetAsync(Chat, new DateOnly(2024, 5, 1), default))!;
            Assert.Equal(1, pending.SendingPart);
            parts = pending.Parts;
        }

        Assert.True(parts.Count >= 3, $"the digest should span several messages, not {parts.Count}");
        using var restarted = await DigestHost.CreateAsync(telegram, Folder, time, NoChatSpacing);
        time.Advance(PastTheLease);
        Assert.Equal(1, await restarted.Scheduler.TickAsync(default));

        var sent = await restarted.Get<ISubscriberStore>().GetSentAsync(Chat, new DateOnly(2024, 5, 1), default);
        Assert.NotNull(sent);
        return (parts, telegram.State.Messages(Chat).Select(m => m.RawText).ToList(), sent);
    }

    private static readonly Dictionary<string, string?> NoChatSpacing = new() { ["Throttle:PrivateChatInterval"] = "00:00:00" };

    private Task<DigestHost> CreateAsync(FakeBotApiServer telegram, TimeProvider time, CrashPointOptions crash) =>
        DigestHost.CreateAsync(telegram, Folder, time, NoChatSpacing, services =>
        {
            services.AddSingleton(sp => new CrashPoint(sp.GetRequiredService<SqliteSubscriberStore>(), sp.GetRequiredService<SqlitePendingDigestStore>())
            {
                BeforeRecordingSent = crash.BeforeRecordingSent,
                AfterPartsRecorded = crash.AfterPartsRecorded,
                BeforeConfirmingPart = crash.BeforeConfirmingPart,
                AfterBeginningPart = crash.AfterBeginningPart,
            });
            services.AddSingleton<ISubscriberStore>(sp => sp.GetRequiredService<CrashPoint>());
            services.AddSingleton<IPendingDigestStore>(sp => sp.GetRequiredService<CrashPoint>());
        });

    private static async Task SetUpAsync(DigestHost host, TimeProvider time, int items)
    {
        var feed = await host.Get<IFeedStore>().GetOrAddAsync("https://wire.example/rss", "Wire", null, Start, default);
        await host.Get<IFeedStore>().AddItemsAsync(feed.Id, Enumerable.Range(0, items).Select(i => NewsItems.Unrelated(i, Start.AddHours(-i * 0.1))).ToList(), Start, default);
        await host.SubscribeAsync(Chat, feed.Id, new TimeOnly(8, 0), "UTC+03:00", time);
    }

    private static async Task<long> FeedIdAsync(DigestHost host) => (await host.Get<ISubscriptionStore>().ListAsync(Chat, default))[0].FeedId;

    [GeneratedRegex(@"(?m)^(\d+)\. ")]
    private static partial Regex StoryNumber();

    private sealed record CrashPointOptions(bool BeforeRecordingSent = false, int? AfterPartsRecorded = null, int? BeforeConfirmingPart = null, int? AfterBeginningPart = null);
}
