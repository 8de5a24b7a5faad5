using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Input;

namespace Gist.Cli;

/// <summary>Resolves the command line's input (a URL, a file, or "-" for stdin) to an article, like the bot does.</summary>
public sealed class ArticleSourceLoader(ILinkReader links, IDocumentReader documents, PastedArticleFactory pasted)
{
    /// <exception cref="ArticleUnavailableException">The input holds no article, or cannot be read.</exception>
    public async Task<Article> LoadAsync(string input, CancellationToken cancellationToken)
    {
        if (input == "-")
        {
            var text = await Console.In.ReadToEndAsync(cancellationToken);
            return pasted.Create(text, ArticleOrigin.Pasted)
                ?? throw new ArticleUnavailableException(ArticleUnavailableReason.NoArticle, "The input is empty.");
        }

        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return await links.ReadAsync(uri, cancellationToken);
        }

        if (!File.Exists(input))
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.NoArticle, $"No such file: {input}");
        }

        var bytes = await File.ReadAllBytesAsync(input, cancellationToken);
        var article = await documents.ReadAsync(bytes, Path.GetFileName(input), null, cancellationToken);
        if (Path.GetExtension(input).Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            // A .txt file is what people paste: cut the read-also tail, tags and share lines; date and source become metadata.
            article = pasted.Create(article.Text, ArticleOrigin.Document)
                ?? throw new ArticleUnavailableException(ArticleUnavailableReason.NoArticle, $"{input} holds no article text.");
        }

        return article;
    }
}
