using Gist.Core.Digests;

namespace Gist.Storage.Tests.Contract;

/// <summary>A digest written down before it is sent, advanced message by message, finished by RecordSentAsync.</summary>
public abstract class PendingDigestStoreContract : StoreContract
{
    private static readonly DateOnly Date = new(2024, 3, 1);

    private DateTimeOffset Now => Provider.Time.GetUtcNow();

    [StoreFact]
    public async Task The_first_run_content_wins_and_each_message_is_recorded_once()
    {
        Assert.Null(await Stores.PendingDigests.GetAsync(7, Date, None));

        PendingDigest begun = await Stores.PendingDigests.BeginAsync(7, Date, Now, ["<b>one</b>", "two"], Now, None);
        PendingDigest again = await Stores.PendingDigests.BeginAsync(7, Date, Now.AddHours(1), ["other"], Now, None);
        await Stores.PendingDigests.MarkPartSentAsync(7, Date, 0, 501, Now, None);
        await Stores.PendingDigests.MarkPartSentAsync(7, Date, 0, 999, Now, None);

        Assert.Equal(["<b>one</b>", "two"], begun.Parts);
        Assert.Equal((0, Now), (begun.PartsSent, begun.Through));
        Assert.Equal(begun.Parts, again.Parts);
        PendingDigest? read = await Stores.PendingDigests.GetAsync(7, Date, None);
        Assert.NotNull(read);
        Assert.Equal(1, read.PartsSent);
        Assert.Equal([501], read.MessageIds);

        await Stores.PendingDigests.MarkPartSentAsync(7, Date, 1, 502, Now, None);
        Assert.Equal([501, 502], (await Stores.PendingDigests.GetAsync(7, Date, None))!.MessageIds);
        Assert.Null(await Stores.PendingDigests.GetAsync(7, Date.AddDays(1), None));
    }

    [StoreFact]
    public async Task Recording_the_digest_sent_finishes_its_delivery()
    {
        await Stores.Subscribers.SaveAsync(new Subscriber(7, "UTC", new TimeOnly(8, 0), Now, null, null, true), None);
        await Stores.PendingDigests.BeginAsync(7, Date, Now, ["one"], Now, None);

        await Stores.Subscribers.RecordSentAsync(7, Date, Now, 1, Now.AddDays(1), Now, None);

        Assert.Null(await Stores.PendingDigests.GetAsync(7, Date, None));
        Assert.True(await Stores.Subscribers.WasSentAsync(7, Date, None));
    }
}
