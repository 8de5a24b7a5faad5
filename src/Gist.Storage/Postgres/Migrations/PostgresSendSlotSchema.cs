using Gist.Storage.Migrations;

namespace Gist.Storage.Postgres.Migrations;

/// <summary>
/// Version 9: Telegram send slots shared by the instances. Row 0 is the bot (no Telegram chat has id 0), every other
/// row a chat: the earliest instant its next message may take (next_at) and a 429's pause (paused_until), on the
/// database's clock. <c>reserve_send_slot</c> grants slots by the generic cell rate algorithm in one call: the bot's
/// row is a schedule of slots 1/rate apart, a chat's row only a gate (its next message no sooner than its spacing
/// after the slot its last one was granted), so one chat's spacing never leaves a hole in the bot's schedule.
/// Broadcasts may reserve at most the horizon ahead; interactive replies take the bot's next slot, whatever is
/// booked. Not copied from SQLite, which keeps its slots in memory.
/// </summary>
internal static class PostgresSendSlotSchema
{
    public static Migration Migration { get; } = new(9, "shared Telegram send slots", """
        CREATE TABLE send_slot (
            chat_id BIGINT PRIMARY KEY,
            next_at TIMESTAMPTZ NOT NULL DEFAULT '-infinity',
            paused_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity'
        );
        INSERT INTO send_slot (chat_id) VALUES (0);

        CREATE FUNCTION reserve_send_slot(
            p_chat BIGINT, p_bulk BOOLEAN, p_edit BOOLEAN,
            p_step DOUBLE PRECISION, p_chat_step DOUBLE PRECISION, p_horizon DOUBLE PRECISION,
            OUT wait_seconds DOUBLE PRECISION, OUT reserved BOOLEAN)
        LANGUAGE plpgsql AS $$
        DECLARE
            bot send_slot;
            chat send_slot;
            now_at TIMESTAMPTZ;
            slot TIMESTAMPTZ;
            chat_free TIMESTAMPTZ;
        BEGIN
            -- The bot's row first, always: every caller queues on it in the same order, so none deadlock.
            SELECT * INTO bot FROM send_slot WHERE chat_id = 0 FOR UPDATE;
            INSERT INTO send_slot (chat_id) VALUES (p_chat) ON CONFLICT (chat_id) DO NOTHING;
            SELECT * INTO chat FROM send_slot WHERE chat_id = p_chat FOR UPDATE;
            -- The clock when this caller's turn came (not the transaction's start, which may be older).
            now_at := clock_timestamp();
            slot := GREATEST(now_at, bot.next_at, bot.paused_until);
            chat_free := GREATEST(chat.paused_until, CASE WHEN p_edit THEN '-infinity' ELSE chat.next_at END);
            IF chat_free > slot THEN
                -- The chat is not free by the bot's next slot: nothing booked, ask again when it is.
                wait_seconds := EXTRACT(EPOCH FROM chat_free - now_at);
                reserved := false;
            ELSIF p_bulk AND slot > now_at + make_interval(secs => p_horizon) THEN
                wait_seconds := EXTRACT(EPOCH FROM slot - now_at) - p_horizon;
                reserved := false;
            ELSE
                UPDATE send_slot SET next_at = slot + make_interval(secs => p_step) WHERE chat_id = 0;
                IF NOT p_edit THEN
                    UPDATE send_slot SET next_at = slot + make_interval(secs => p_chat_step) WHERE chat_id = p_chat;
                END IF;
                wait_seconds := EXTRACT(EPOCH FROM slot - now_at);
                reserved := true;
            END IF;
        END;
        $$;
        """);
}
