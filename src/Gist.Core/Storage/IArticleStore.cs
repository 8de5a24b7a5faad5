using Gist.Core.Articles;

namespace Gist.Core.Storage;

/// <summary>The article behind every reply, for the translation button and follow-up questions.</summary>
public interface IArticleStore
{
    /// <summary>Saves an article (the same text saved twice gets the same id) and returns its id.</summary>
    Task<long> SaveAsync(Article article, CancellationToken cancellationToken);

    Task<Article?> GetAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>Remembers that a bot message in a chat is about an article.</summary>
    Task LinkMessageAsync(long chatId, int messageId, long articleId, CancellationToken cancellationToken);

    /// <summary>The article a bot message is about, or null.</summary>
    Task<long?> FindByMessageAsync(long chatId, int messageId, CancellationToken cancellationToken);
}
