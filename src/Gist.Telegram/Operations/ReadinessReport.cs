namespace Gist.Telegram.Operations;

/// <summary>What /readyz answers: ready or not, and each check's finding (<c>ok</c> or why not).</summary>
public sealed record ReadinessReport(bool Ready, string Instance, IReadOnlyDictionary<string, string> Checks, int? PendingUpdates);
