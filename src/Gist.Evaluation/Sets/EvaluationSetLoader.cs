using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Input;
using Gist.Summarization.Verification;

namespace Gist.Evaluation.Sets;

/// <summary>
/// Reads a labelled set: every <c>*.txt</c>, <c>*.html</c> or <c>*.htm</c> with a <c>&lt;id&gt;.ref.json</c> beside it.
/// The set is checked before any model is called: a reference whose evidence is not in the article (as the bot
/// reads it) would make every model look worse, so it is an error, named with its file.
/// </summary>
public sealed class EvaluationSetLoader(PastedArticleFactory pasted, IDocumentReader documents, ClaimVerifier verifier)
{
    public const string ReferenceSuffix = ".ref.json";

    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="EvaluationSetException">A file is missing, unreadable, or its reference does not fit the article.</exception>
    public async Task<EvaluationSet> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new EvaluationSetException(folder, [$"No such folder: {folder}"]);
        }

        var problems = new List<string>();
        var articles = new List<LabelledArticle>();
        var files = Directory.EnumerateFiles(folder)
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var referencePath = Path.Combine(folder, id + ReferenceSuffix);
            if (!File.Exists(referencePath))
            {
                problems.Add($"{Path.GetFileName(file)}: no reference file {id}{ReferenceSuffix}.");
                continue;
            }

            if (await LoadOneAsync(file, id, referencePath, problems, cancellationToken) is { } labelled)
            {
                articles.Add(labelled);
            }
        }

        if (articles.Count == 0 && problems.Count == 0)
        {
            problems.Add("The folder holds no article (*.txt, *.html) with a reference.");
        }

        return problems.Count > 0
            ? throw new EvaluationSetException(folder, problems)
            : new EvaluationSet(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), folder, articles);
    }

    private async Task<LabelledArticle?> LoadOneAsync(string file, string id, string referencePath, List<string> problems, CancellationToken cancellationToken)
    {
        ArticleReference? reference;
        try
        {
            reference = JsonSerializer.Deserialize<ArticleReference>(File.ReadAllText(referencePath), Json);
        }
        catch (JsonException ex)
        {
            problems.Add($"{id}{ReferenceSuffix}: not valid JSON ({ex.Message}).");
            return null;
        }

        var before = problems.Count;
        if (reference is null || string.IsNullOrWhiteSpace(reference.Language) || reference.Claims is null)
        {
            problems.Add($"{id}{ReferenceSuffix}: \"language\" and \"claims\" are required.");
            return null;
        }

        Article article;
        try
        {
            article = await ReadAsync(file, cancellationToken);
        }
        catch (ArticleUnavailableException ex)
        {
            problems.Add($"{Path.GetFileName(file)}: {ex.UserMessage}");
            return null;
        }

        var source = NormalizedSource.Of(article);
        for (var i = 0; i < reference.Claims.Count; i++)
        {
            var claim = reference.Claims[i];
            if (string.IsNullOrWhiteSpace(claim.Speaker) || string.IsNullOrWhiteSpace(claim.Kind))
            {
                problems.Add($"{id}{ReferenceSuffix}: claim {i + 1} needs \"speaker\" and \"kind\".");
            }

            if (verifier.Check(claim.Evidence, source) is var verdict && verdict != EvidenceVerdict.Found)
            {
                problems.Add($"{id}{ReferenceSuffix}: claim {i + 1}'s evidence is {verdict} in the article as Gist reads it.");
            }
        }

        return problems.Count > before ? null : new LabelledArticle(id, Path.GetFileName(file), article, reference);
    }

    private async Task<Article> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var article = await documents.ReadAsync(bytes, Path.GetFileName(file), null, cancellationToken);
        if (!Path.GetExtension(file).Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return article;
        }

        // A .txt is what people paste: the same cleaning as the bot's (read-also tail, tags, date and source lines).
        return pasted.Create(article.Text, ArticleOrigin.Document)
            ?? throw new ArticleUnavailableException(ArticleUnavailableReason.NoArticle, $"{Path.GetFileName(file)} holds no article text.");
    }
}
