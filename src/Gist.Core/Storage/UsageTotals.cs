namespace Gist.Core.Storage;

/// <param name="Day">The day the first two figures are for.</param>
/// <param name="UsersOnDay">Users who made at least one model call that day.</param>
/// <param name="ModelCallsOnDay">Model calls that day, all users.</param>
/// <param name="UsersAllTime">Users who ever made a model call.</param>
/// <param name="ModelCallsAllTime">Model calls ever counted.</param>
public sealed record UsageTotals(DateOnly Day, int UsersOnDay, long ModelCallsOnDay, int UsersAllTime, long ModelCallsAllTime);
