namespace Gist.Storage.Copy;

/// <summary>How a SQLite column's value becomes the PostgreSQL column's value.</summary>
internal enum CopiedColumn
{
    /// <summary>Text, integers and NULL as they are.</summary>
    AsIs,

    /// <summary>0/1 → boolean.</summary>
    Boolean,

    /// <summary>ISO 8601 UTC text → timestamptz.</summary>
    Instant,

    /// <summary>yyyy-MM-dd → date.</summary>
    Day,

    /// <summary>HH:mm → time.</summary>
    TimeOfDay,

    /// <summary>JSON text → jsonb.</summary>
    Json,
}
