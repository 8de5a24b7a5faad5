using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Gist.Storage;

/// <summary>Model-call counts in SQLite, one row per user per day.</summary>
public sealed class SqliteUsageStore : IUsageStore
{
    private const string Increment = """
        INSERT INTO usage (user_id, day, model_calls) VALUES ($user_id, $day, 1)
        ON CONFLICT (user_id, day) DO UPDATE SET model_calls = model_calls + 1
        RETURNING model_calls;
        """;

    private const string Select = "SELECT model_calls FROM usage WHERE user_id = $user_id AND day = $day;";

    private const string Totals = """
        SELECT
            (SELECT COUNT(*) FROM usage WHERE day = $day AND model_calls > 0),
            (SELECT COALESCE(SUM(model_calls), 0) FROM usage WHERE day = $day),
            (SELECT COUNT(DISTINCT user_id) FROM usage WHERE model_calls > 0),
            (SELECT COALESCE(SUM(model_calls), 0) FROM usage);
        """;

    private const string Top = """
        SELECT user_id, model_calls FROM usage WHERE day = $day AND model_calls > 0
        ORDER BY model_calls DESC, user_id LIMIT $limit;
        """;

    private readonly SqliteDatabase database;

    public SqliteUsageStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public Task<int> IncrementModelCallsAsync(long userId, DateOnly day, CancellationToken cancellationToken) =>
        this.database.WriteAsync(
            session => (int)(session.Command(Increment).Bind("$user_id", userId).Bind("$day", SqliteText.Day(day)).ScalarInt64() ?? 0),
            cancellationToken);

    public Task<int> GetModelCallsAsync(long userId, DateOnly day, CancellationToken cancellationToken) =>
        this.database.ReadAsync(
            session => (int)(session.Command(Select).Bind("$user_id", userId).Bind("$day", SqliteText.Day(day)).ScalarInt64() ?? 0),
            cancellationToken);

    public Task<UsageTotals> GetTotalsAsync(DateOnly day, CancellationToken cancellationToken) =>
        this.database.ReadAsync(session =>
        {
            using SqliteDataReader reader = session.Command(Totals).Bind("$day", SqliteText.Day(day)).ExecuteReader();
            reader.Read();
            return new UsageTotals(day, reader.GetInt32(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt64(3));
        }, cancellationToken);

    public Task<IReadOnlyList<UserUsage>> GetTopUsersAsync(DateOnly day, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return this.database.ReadAsync<IReadOnlyList<UserUsage>>(session =>
        {
            var users = new List<UserUsage>();
            using SqliteDataReader reader = session.Command(Top).Bind("$day", SqliteText.Day(day)).Bind("$limit", limit).ExecuteReader();
            while (reader.Read())
            {
                users.Add(new UserUsage(reader.GetInt64(0), reader.GetInt32(1)));
            }

            return users;
        }, cancellationToken);
    }
}
