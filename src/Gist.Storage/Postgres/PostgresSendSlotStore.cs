using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>
/// Send slots shared by every instance on the database: <c>reserve_send_slot</c> (migration 9) decides under the
/// rows' locks on the database's clock, so instances whose clocks differ still keep one schedule. A broadcast steps
/// the bot's schedule by 1/(rate − reserve) and books at most the horizon ahead; an interactive reply steps it by
/// 1/rate and takes the next slot.
/// </summary>
public sealed class PostgresSendSlotStore(PostgresDatabase database) : ISendSlotStore
{
    private const string Reserve = "SELECT wait_seconds, reserved FROM reserve_send_slot(@chat, @bulk, @edit, @step, @chatStep, @horizon);";

    private const string Pause = """
        INSERT INTO send_slot (chat_id, paused_until) VALUES (@chat, clock_timestamp() + make_interval(secs => @seconds))
        ON CONFLICT (chat_id) DO UPDATE SET paused_until = GREATEST(send_slot.paused_until, EXCLUDED.paused_until);
        """;

    /// <summary>Chat rows whose spacing and pause are over are dropped now and then (the bot's row stays).</summary>
    private const string Prune = """
        DELETE FROM send_slot WHERE chat_id IN (
            SELECT chat_id FROM send_slot WHERE chat_id <> 0 AND next_at < clock_timestamp() - interval '1 minute'
                AND paused_until < clock_timestamp() LIMIT 1000 FOR UPDATE SKIP LOCKED);
        """;

    private int reservations;

    public async Task<SendSlot> ReserveAsync(SendSlotRequest request, SendSlotRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        double step = 1.0 / (request.Bulk ? rules.BulkPerSecond : rules.MessagesPerSecond);
        // One statement, its own transaction: the function's row locks last only as long as the call.
        var rows = await database.ReadAsync(connection => connection.Sql(Reserve)
            .With("chat", request.ChatId).With("bulk", request.Bulk).With("edit", request.Edit).With("step", step)
            .With("chatStep", rules.ChatInterval(request.ChatId).TotalSeconds).With("horizon", rules.BulkHorizon.TotalSeconds)
            .ListAsync(reader => new SendSlot(TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(0))), reader.GetBoolean(1)), cancellationToken), cancellationToken);
        if (Interlocked.Increment(ref reservations) % 10_000 == 0)
        {
            await database.ReadAsync(connection => connection.Sql(Prune).RunAsync(cancellationToken), cancellationToken);
        }

        return rows[0];
    }

    public Task PauseAsync(long? chatId, TimeSpan retryAfter, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.Sql(Pause)
            .With("chat", chatId ?? 0).With("seconds", retryAfter.TotalSeconds).RunAsync(cancellationToken), cancellationToken);
}
