using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Core.Abstractions;

/// <summary>Answers a follow-up question from one article only.</summary>
public interface IArticleQuestionAnswerer
{
    Task<ArticleAnswer> AnswerAsync(Article article, string question, string outputLanguage, CancellationToken cancellationToken);
}
