using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Summarization.Questions;

/// <summary>
/// Without a model: the article's sentences that share the most words with the question, quoted as they are.
/// It cannot translate, so a question in another language than the article's usually finds nothing, and the
/// answer says so plainly.
/// </summary>
public sealed class OfflineQuestionAnswerer : IArticleQuestionAnswerer
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟', '。', '！', '？', '\n'];

    public Task<ArticleAnswer> AnswerAsync(Article article, string question, string outputLanguage, CancellationToken cancellationToken)
    {
        var words = Words(question).Where(w => w.Length > 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var best = article.Text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 20)
            .Select(s => (Sentence: s, Score: Words(s).Count(words.Contains)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Take(2)
            .Select(x => x.Sentence)
            .ToList();

        var answer = best.Count > 0
            ? "Without a language model I can only point to the sentences of the article that best match your question:"
            : "Without a language model I can only search the article for your question's words, and none of them appear in it. " +
              "The article may still answer it in its own language; the bot's operator can configure a model (Llm__Provider).";
        return Task.FromResult(new ArticleAnswer(answer, best.Count > 0, best, SummaryEngine.Offline));
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[])[' ', ',', '.', '?', '!', '؟', '،', ':', ';', '"', '\'', '(', ')', '\n', '«', '»', '“', '”'],
            StringSplitOptions.RemoveEmptyEntries);
}
