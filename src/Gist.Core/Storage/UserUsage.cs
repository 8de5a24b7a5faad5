namespace Gist.Core.Storage;

public sealed record UserUsage(long UserId, int ModelCalls);
