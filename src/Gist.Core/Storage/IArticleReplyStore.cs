namespace Gist.Core.Storage;

/// <summary>
/// What the bot already said about an article: its headline in an answer language (for the translation's title and
/// the digest's "your reading"), and where in a chat its full translation was posted (so a second press of the
/// button points there instead of posting it again).
/// </summary>
public interface IArticleReplyStore
{
    /// <summary>Remembers the summary's headline, written in <paramref name="language"/> (ISO 639-1).</summary>
    Task SaveHeadlineAsync(long articleId, string language, string headline, CancellationToken cancellationToken);

    /// <summary>The headline in <paramref name="language"/>, or null.</summary>
    Task<string?> GetHeadlineAsync(long articleId, string language, CancellationToken cancellationToken);

    /// <summary>Remembers the first message of the article's translation into <paramref name="language"/> in a chat.</summary>
    Task SaveTranslationMessageAsync(long chatId, long articleId, string language, int messageId, CancellationToken cancellationToken);

    /// <summary>The first message of that translation in the chat, or null when it was never posted there.</summary>
    Task<int?> FindTranslationMessageAsync(long chatId, long articleId, string language, CancellationToken cancellationToken);
}
