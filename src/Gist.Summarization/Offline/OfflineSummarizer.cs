using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Summarization.Text;
using Gist.Summarization.Verification;

namespace Gist.Summarization.Offline;

/// <summary>
/// The engine that needs no model: an extractive summary (TextRank over the article's sentences) and the
/// attributed sentences as claims, all in the article's own language (untranslated). Deterministic.
/// </summary>
public sealed class OfflineSummarizer : ISummarizer
{
    public const int MaxClaims = 8;
    private const int MinSummarySentenceWords = 5;
    private const int HeadlineLength = 140;
    private const double MaxOverlapWithChosen = 0.5;

    /// <summary>
    /// Characters of the article read (about 30,000 words, far past what a summary draws from): a 20 MB text file
    /// costs the same as a long article. The evidence is still checked against the whole text.
    /// </summary>
    public const int MaxCharacters = 200_000;

    private readonly ClaimVerifier verifier;

    public OfflineSummarizer(ClaimVerifier? verifier = null) => this.verifier = verifier ?? new ClaimVerifier();

    /// <summary>
    /// Summarizes without a model. <paramref name="outputLanguage"/> cannot be honoured offline: the result is in
    /// the source language and says so in <see cref="SummaryResult.OutputLanguage"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The article has no text.</exception>
    public Task<SummaryResult> SummarizeAsync(Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Summarize(article));
    }

    /// <exception cref="ArgumentException">The article has no text.</exception>
    public SummaryResult Summarize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            throw new ArgumentException("The article has no text to summarize.", nameof(article));
        }

        var language = string.IsNullOrWhiteSpace(article.Language) ? "und" : article.Language;
        var stopWords = StopWords.For(article.Language);
        var text = Prefix(article.Text);
        var sentences = SentenceSplitter.Split(text);
        var terms = sentences.Select(s => (IReadOnlySet<string>)TermExtractor.Terms(s.Text, stopWords).ToHashSet(StringComparer.Ordinal)).ToList();
        var scores = TextRank.Rank(terms);

        var source = NormalizedSource.Of(article);
        var claims = ClaimExtractor.Extract(text, source.Key, sentences, scores, MaxClaims);

        // The evidence is verbatim by construction; the check is the same guard every engine passes through.
        var verification = verifier.Verify(claims, source);

        // Each sentence is shown once where the article allows: the summary prefers the sentences that are not
        // already listed as claims, and takes a claim's sentence only when too few others remain (issue 13, item 4).
        var quoted = Enumerable.Range(0, sentences.Count)
            .Where(i => verification.Kept.Any(c => c.Evidence.Contains(sentences[i].Text, StringComparison.Ordinal)))
            .ToHashSet();
        var chosen = ChooseSummary(sentences, terms, scores, quoted);
        var summary = chosen.Count > 0 ? Join(chosen.Select(i => sentences[i].Text)) : Shorten(text, 600);

        return new SummaryResult
        {
            Headline = string.IsNullOrWhiteSpace(article.Title) ? Headline(sentences, scores, text) : article.Title.Trim(),
            Summary = summary,
            Claims = verification.Kept,
            DroppedClaims = verification.DroppedCount,
            SourceLanguage = language,
            OutputLanguage = language,
            Engine = SummaryEngine.Offline,
            Model = null,
        };
    }

    /// <summary>
    /// The best-ranked sentences, skipping near-repeats, returned in the article's order; sentences in
    /// <paramref name="shownElsewhere"/> come only after all the others.
    /// </summary>
    private static List<int> ChooseSummary(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlySet<string>> terms, double[] scores, IReadOnlySet<int> shownElsewhere)
    {
        var candidates = Enumerable.Range(0, sentences.Count)
            .Where(i => WordCount.Of(sentences[i].Text) >= MinSummarySentenceWords && terms[i].Count > 0)
            .OrderBy(i => shownElsewhere.Contains(i))
            .ThenByDescending(i => scores[i])
            .ThenBy(i => i)
            .ToList();
        var target = candidates.Count switch
        {
            <= 8 => 3,
            <= 18 => 4,
            _ => 5,
        };
        var chosen = new List<int>();
        foreach (var i in candidates)
        {
            if (chosen.Count == target)
            {
                break;
            }

            if (chosen.All(j => Overlap(terms[i], terms[j]) <= MaxOverlapWithChosen))
            {
                chosen.Add(i);
            }
        }

        chosen.Sort();
        return chosen;
    }

    /// <summary>Sentences side by side; one that does not end like a sentence (a heading) keeps its own line.</summary>
    private static string Join(IEnumerable<string> chosen)
    {
        var text = new System.Text.StringBuilder();
        foreach (var sentence in chosen)
        {
            if (text.Length > 0)
            {
                text.Append(Core.Text.SentenceEnd.IsAt(text.ToString()) ? ' ' : '\n');
            }

            text.Append(sentence);
        }

        return text.ToString();
    }

    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static string Headline(IReadOnlyList<Sentence> sentences, double[] scores, string text)
    {
        var best = Enumerable.Range(0, sentences.Count)
            .Where(i => WordCount.Of(sentences[i].Text) >= 3)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .Select(i => sentences[i].Text)
            .FirstOrDefault() ?? text;
        return Shorten(best, HeadlineLength);
    }

    /// <summary>The first <see cref="MaxCharacters"/>, cut at a whitespace so no word or surrogate pair is split.</summary>
    private static string Prefix(string text)
    {
        if (text.Length <= MaxCharacters)
        {
            return text;
        }

        var cut = text.AsSpan(0, MaxCharacters).LastIndexOfAny(" \n\t");
        return text[..(cut > 0 ? cut : MaxCharacters)];
    }

    /// <summary>At most <paramref name="limit"/> characters, cut at a word boundary, with "…" when cut.</summary>
    private static string Shorten(string text, int limit)
    {
        text = text.Trim();
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', limit - 1);
        if (cut < limit / 2)
        {
            cut = char.IsHighSurrogate(text[limit - 2]) ? limit - 2 : limit - 1;
        }

        return text[..cut].TrimEnd(' ', ',', '،', ';', ':', '-') + "…";
    }
}
