namespace Gist.Storage.Copy;

/// <summary>One table of a copy: rows read from SQLite, and rows added to PostgreSQL (0 for a row already there).</summary>
public sealed record TableCopyCount(string Table, long Read, long Added);
