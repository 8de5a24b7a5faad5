namespace Gist.Core.Storage;

/// <summary>An offline reply waiting to be replaced by the model's answer.</summary>
/// <param name="MessageIds">The bot messages that hold the offline reply, in order (the first one replaced the placeholder).</param>
/// <param name="ReplyToMessageId">The user message the reply answers, for any extra part the model's answer needs.</param>
/// <param name="Attempts">Re-runs already tried that still found the model unavailable.</param>
public sealed record ModelRerun(
    long Id,
    long ChatId,
    long ArticleId,
    string OutputLanguage,
    IReadOnlyList<int> MessageIds,
    int? ReplyToMessageId,
    int Attempts,
    DateTimeOffset DueAt);
