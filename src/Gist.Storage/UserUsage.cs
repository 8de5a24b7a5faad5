namespace Gist.Storage;

public sealed record UserUsage(long UserId, int ModelCalls);
