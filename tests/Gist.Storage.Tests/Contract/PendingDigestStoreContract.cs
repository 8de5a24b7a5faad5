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

    [StoreFact]
    public async Task Only_the_holder_of_an_unexpired_claim_begins_a_message_and_only_the_next_one()
    {
        await Stores.Subscribers.SaveAsync(new Subscriber(7, "UTC", new TimeOnly(8, 0), Now, null, null, true), None);
        await Stores.Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 10, "a", None);
        await Stores.PendingDigests.BeginAsync(7, Date, Now, ["one", "two"], Now, None);

        Assert.False(await Stores.PendingDigests.BeginPartAsync(7, Date, 0, "b", Now, None));
        Assert.False(await Stores.PendingDigests.BeginPartAsync(7, Date, 1, "a", Now, None));
        Assert.False(await Stores.PendingDigests.BeginPartAsync(7, Date, 0, "a", Now.AddMinutes(6), None)); // lease over
        Assert.True(await Stores.PendingDigests.BeginPartAsync(7, Date, 0, "a", Now, None));
        Assert.False(await Stores.PendingDigests.BeginPartAsync(7, Date, 0, "a", Now, None)); // already in progress

        PendingDigest? sending = await Stores.PendingDigests.GetAsync(7, Date, None);
        Assert.Equal((0, "a", Now), (sending!.SendingPart, sending.SendingBy, sending.SendingSince));
        Assert.True(await Stores.PendingDigests.MarkPartSentAsync(7, Date, 0, 501, Now, None));
        PendingDigest? sent = await Stores.PendingDigests.GetAsync(7, Date, None);
        Assert.Equal((1, (int?)null), (sent!.PartsSent, sent.SendingPart));
        Assert.True(await Stores.PendingDigests.BeginPartAsync(7, Date, 1, "a", Now, None));
    }

    [StoreFact]
    public async Task A_withdrawn_send_can_begin_again_and_is_not_uncertain()
    {
        await Stores.Subscribers.SaveAsync(new Subscriber(7, "UTC", new TimeOnly(8, 0), Now, null, null, true), None);
        await Stores.Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 10, "a", None);
        await Stores.PendingDigests.BeginAsync(7, Date, Now, ["one"], Now, None);
        await Stores.PendingDigests.BeginPartAsync(7, Date, 0, "a", Now, None);

        await Stores.PendingDigests.WithdrawPartAsync(7, Date, 0, Now, None);

        PendingDigest? read = await Stores.PendingDigests.GetAsync(7, Date, None);
        Assert.Equal((0, (int?)null), (read!.PartsSent, read.SendingPart));
        Assert.False(await Stores.PendingDigests.SettleUncertainPartAsync(7, Date, 0, Now, None));
        Assert.True(await Stores.PendingDigests.BeginPartAsync(7, Date, 0, "a", Now, None));
    }

    [StoreFact]
    public async Task A_send_cut_off_is_settled_once_as_uncertain_and_its_late_confirmation_is_refused()
    {
        await Stores.Subscribers.SaveAsync(new Subscriber(7, "UTC", new TimeOnly(8, 0), Now, null, null, true), None);
        await Stores.Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 10, "a", None);
        await Stores.PendingDigests.BeginAsync(7, Date, Now, ["one", "two", "three"], Now, None);
        await Stores.PendingDigests.BeginPartAsync(7, Date, 0, "a", Now, None);
        await Stores.PendingDigests.MarkPartSentAsync(7, Date, 0, 501, Now, None);
        await Stores.PendingDigests.BeginPartAsync(7, Date, 1, "a", Now, None);
        await Stores.Subscribers.ClaimDueAsync(Now.AddMinutes(6), Now.AddMinutes(11), 10, "b", None); // a died

        Assert.True(await Stores.PendingDigests.SettleUncertainPartAsync(7, Date, 1, Now.AddMinutes(6), None));
        Assert.False(await Stores.PendingDigests.SettleUncertainPartAsync(7, Date, 1, Now.AddMinutes(6), None));
        Assert.False(await Stores.PendingDigests.MarkPartSentAsync(7, Date, 1, 502, Now.AddMinutes(6), None)); // a, too late

        PendingDigest? read = await Stores.PendingDigests.GetAsync(7, Date, None);
        Assert.Equal((2, (int?)null), (read!.PartsSent, read.SendingPart));
        Assert.Equal([1], read.UncertainParts);
        Assert.Equal([501], read.MessageIds);
        Assert.True(await Stores.PendingDigests.BeginPartAsync(7, Date, 2, "b", Now.AddMinutes(6), None));
        await Stores.PendingDigests.MarkPartSentAsync(7, Date, 2, 503, Now.AddMinutes(6), None);
        await Stores.Subscribers.RecordSentAsync(7, Date, Now, 3, Now.AddDays(1), Now.AddMinutes(6), None);

        SentDigest? recorded = await Stores.Subscribers.GetSentAsync(7, Date, None);
        Assert.Equal(new SentDigest(7, Date, 3, 1, Now.AddMinutes(6)), recorded);
        Assert.Null(await Stores.Subscribers.GetSentAsync(7, Date.AddDays(1), None));
    }
}
