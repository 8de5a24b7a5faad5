using Gist.ReliabilityTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Gist.Testing.Processes;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Gist.ReliabilityTests;

/// <summary>
/// The real executable, killed with SIGKILL at random points (update in the inbox, model working, between the
/// placeholder and its edit) and restarted, many times; then the fake Bot API's record is checked: every update
/// answered exactly once, its placeholder edited rather than a second message sent, and SQLite intact.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 20;
    private readonly string folder = Directory.CreateTempSubdirectory("gist-crash-").FullName;

    [Fact]
    public async Task Killed_at_random_points_and_restarted_every_update_is_answered_exactly_once()
    {
        var random = new Random(20240611);
        var model = new ArticleModel();
        await using var server = await FakeOpenAiServer.StartAsync(async (request, token) =>
        {
            // The model's latency is what leaves a window to kill the process "while the model is working".
            await Task.Delay(random.Next(100, 900), token);
            return await model.RespondAsync(request, token);
        });
        await using var telegram = await FakeBotApiServer.StartAsync();
        var article = Fixture.Read("seed-000.txt");
        var users = new List<FakeUser>();
        var points = new Dictionary<string, int>();
        var recorded = new HashSet<(long ChatId, int MessageId)>();
        var killedAt = new List<DateTimeOffset>();

        // The one documented gap (docs/RELIABILITY.md, known limits): a kill between Telegram accepting the
        // placeholder and the bot recording its id leaves that placeholder behind (no Bot API idempotency key). Such
        // an orphan is told apart by the record, not excused by timing alone: it was never edited, the process that
        // sent it was killed (the first kill after it came within one round, so never the last, graceful process),
        // the test never saw its id recorded, and (checked below) the inbox does not hold its id. On a loaded 2-core
        // machine the first write after a start can wait seconds for SQLite's writer, so the window is a round, not
        // a fixed couple of seconds.
        bool IsKnownOrphan(FakeBotMessage m) =>
            Replies.IsPlaceholder(m) && m.EditCount == 0 && !recorded.Contains((m.ChatId, m.MessageId))
            && killedAt.Any(k => k >= m.Date && k - m.Date < TimeSpan.FromSeconds(15));
        bool Answered(FakeBotApiState s, long chatId) =>
            s.Messages(chatId).Any(m => m.ButtonTexts.Count > 0) && s.Messages(chatId).Where(Replies.IsPlaceholder).All(IsKnownOrphan);

        for (var round = 0; round < Kills; round++)
        {
            using var bot = GistProcess.Start(folder, Environment(telegram, server, shutdownSeconds: 5));
            for (var i = 0; i < 2; i++)
            {
                var user = FakeUser.Create(70_000 + users.Count, $"User{users.Count}");
                users.Add(user);
                telegram.Updates.EnqueueText(user, ModelFaultTests.Unique(article, users.Count));
            }

            var point = (round % 4) switch
            {
                0 => await KillPoint.AfterAsync("random delay", TimeSpan.FromMilliseconds(random.Next(200, 2500))),
                1 => await KillPoint.WhenAsync("model working", () => server.InFlight > 0, TimeSpan.FromSeconds(8)),
                2 => await KillPoint.WhenAsync("placeholder sent and recorded, not edited", () => PlaceholderRecorded(telegram, recorded), TimeSpan.FromSeconds(8)),
                _ => await KillPoint.WhenAsync("update in the inbox", () => telegram.State.ConfirmedOffset > 0 && telegram.State.PendingUpdates == 0, TimeSpan.FromSeconds(8)),
            };
            killedAt.Add(DateTimeOffset.UtcNow); // the fake stamps messages with the system clock
            bot.Kill();
            points[point] = points.GetValueOrDefault(point) + 1;
        }

        using (var last = GistProcess.Start(folder, Environment(telegram, server, shutdownSeconds: 5)))
        {
            try
            {
                await telegram.State.WaitForAsync(s => users.All(u => Answered(s, u.Id)), TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                foreach (var user in users.Where(u => !Answered(telegram.State, u.Id)))
                {
                    output.WriteLine($"unanswered {user.Id}: {string.Join(" | ", telegram.State.Messages(user.Id).Select(m =>
                        $"#{m.MessageId} {m.Date:HH:mm:ss.fff} edits {m.EditCount} buttons {m.ButtonTexts.Count} recorded {recorded.Contains((m.ChatId, m.MessageId))} " +
                        m.Text[..Math.Min(40, m.Text.Length)]))}");
                    output.WriteLine(Query($"SELECT update_id, state, attempts, placeholder_message_id, error FROM inbox WHERE chat_id = {user.Id};"));
                }

                // Why a placeholder is not taken for the known gap: the kills it is measured against.
                output.WriteLine($"kills at {string.Join(", ", killedAt.Select(k => k.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}");

                output.WriteLine(Query("SELECT update_id, chat_id, state, attempts, placeholder_message_id, error FROM inbox WHERE state <> 'done';"));
                output.WriteLine(last.Output);
                throw;
            }

            last.Stop();
            await last.WaitForExitAsync(TimeSpan.FromSeconds(20));
        }

        var duplicates = users.Count(u => Replies.SummaryCount(telegram.State, u.Id) != 1);
        var extraMessages = users.Sum(u => telegram.State.RequestsFor("sendMessage").Count(r => r.Succeeded && r.ChatId == u.Id)
            - telegram.State.Messages(u.Id).Count);
        var orphans = users.SelectMany(u => telegram.State.Messages(u.Id)).Where(IsKnownOrphan).ToList();
        foreach (var orphan in orphans)
        {
            Assert.Equal("0", Query($"SELECT COUNT(*) FROM inbox WHERE chat_id = {orphan.ChatId} AND placeholder_message_id = {orphan.MessageId};").Trim());
        }

        var placeholdersLeft = users.Count(u => telegram.State.Messages(u.Id).Any(m => Replies.IsPlaceholder(m) && !IsKnownOrphan(m)));
        output.WriteLine($"kills {Kills} ({string.Join(", ", points.Select(p => $"{p.Key}: {p.Value}"))}), updates {users.Count}, " +
            $"answered {users.Count(u => Answered(telegram.State, u.Id))}, duplicates {duplicates}, deleted extra messages {extraMessages}, " +
            $"placeholders left {placeholdersLeft}, orphaned placeholders from the known gap {orphans.Count}, model calls {server.RequestCount}");

        Assert.Equal(0, duplicates);
        Assert.Equal(0, placeholdersLeft);
        Assert.Equal(0, extraMessages);
        Assert.Equal("ok", IntegrityCheck());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private IReadOnlyDictionary<string, string> Environment(FakeBotApiServer telegram, FakeOpenAiServer model, int shutdownSeconds) =>
        GistEnvironment.For(telegram, model, InProcessBot.ApiKey).Sqlite(folder).ShutdownSeconds(shutdownSeconds)
            .Set("Access__BurstMessages", "1000")
            .Set("Access__MessagesPerMinute", "10000")
            .Set("DOTNET_TieredPGO", "0")
            .Variables;

    /// <summary>The inbox (read beside the running process, as WAL allows) holds an update in progress whose
    /// placeholder is recorded and still shows its status text. Every such placeholder is remembered: the restarted
    /// bot must edit it, so it can never count as an orphan.</summary>
    private bool PlaceholderRecorded(FakeBotApiServer telegram, HashSet<(long ChatId, int MessageId)> recorded)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "gist.db")};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT chat_id, placeholder_message_id FROM inbox WHERE state = 'in_progress' AND placeholder_message_id IS NOT NULL;";
            using var reader = command.ExecuteReader();
            var found = false;
            while (reader.Read())
            {
                if (telegram.State.Message(reader.GetInt64(0), reader.GetInt32(1)) is { } message && Replies.IsPlaceholder(message))
                {
                    recorded.Add((message.ChatId, message.MessageId));
                    found = true;
                }
            }

            return found;
        }
        catch (SqliteException)
        {
            // Not created yet, or busy: not this moment.
        }

        return false;
    }

    private string Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "gist.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new System.Text.StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                rows.Append(reader.GetValue(i)).Append(' ');
            }

            rows.AppendLine();
        }

        return rows.ToString();
    }

    private string IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "gist.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return command.ExecuteScalar() as string ?? "";
    }
}
