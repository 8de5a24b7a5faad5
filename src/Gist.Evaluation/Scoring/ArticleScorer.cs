using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Summaries;
using Gist.Evaluation.Caching;
using Gist.Evaluation.Running;
using Gist.Evaluation.Sets;
using Gist.Summarization.Llm;
using Gist.Summarization.Text;
using Gist.Summarization.Verification;

namespace Gist.Evaluation.Scoring;

/// <summary>
/// Scores one article from the answers the summarizer got. The model's last answer is scored whether or not the
/// pipeline accepted it, so a model that fails its checks still shows how it failed (wrong language, invented
/// quotes, leaked "read also" text); the outcome says whether users would have seen it.
/// </summary>
public sealed class ArticleScorer(ClaimVerifier verifier, OutputChecks checks, ILanguageDetector languages)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ArticleScore Score(LabelledArticle item, string outputLanguage, int maxClaims, IReadOnlyList<ModelCall> calls,
        SummaryResult? result, string? failure, ModelPrice? price)
    {
        var source = NormalizedSource.Of(item.Article);
        var last = calls.Count > 0 ? Parse(calls[^1].Text) : null;
        var headline = last?.Headline.Trim() ?? result?.Headline ?? "";
        var summary = last?.Summary.Trim() ?? result?.Summary ?? "";
        var returned = last is not null
            ? last.Claims.Select(c => (c.Text, c.Speaker, c.Kind, c.Evidence)).ToList()
            : (result?.Claims ?? []).Select(c => (c.Text, c.Speaker, c.Kind, c.Evidence)).ToList();

        // As the pipeline: claims past Llm:MaxClaims are never shown, so they count as dropped.
        var claims = returned.Select((c, i) => new ScoredClaim(c.Text, c.Speaker, c.Kind, c.Evidence,
            i < maxClaims && verifier.Check(c.Evidence, source) == EvidenceVerdict.Found, null, null, null)).ToList();
        var matched = ClaimMatcher.Match(claims, item.Reference.Claims, source);

        var prose = (headline + ". " + summary).Trim(' ', '.');
        var sourceLanguage = last?.SourceLanguage ?? result?.SourceLanguage;
        var inputTokens = calls.Sum(c => c.InputTokens);
        var outputTokens = calls.Sum(c => c.OutputTokens);
        return new ArticleScore
        {
            Id = item.Id,
            Language = item.Reference.Language,
            Outcome = result is null ? ArticleOutcomes.Failed : calls.Count <= 1 ? ArticleOutcomes.FirstTry : ArticleOutcomes.AfterRepair,
            FailureReason = failure is null || last is null ? failure
                : failure + " " + string.Join(" ", checks.Find(last, item.Article.Text, outputLanguage)),
            JsonFirstTry = calls.Count > 0 && Parse(calls[0].Text) is not null,
            JsonAfterRepair = last is not null,
            Headline = headline,
            Summary = summary,
            Claims = matched,
            ReturnedClaims = matched.Count,
            VerifiedClaims = matched.Count(c => c.Verified),
            ReferenceClaims = item.Reference.Claims.Count,
            CoveredReferenceClaims = matched.Count(c => c.ReferenceIndex is not null),
            SpeakerAgreements = matched.Count(c => c.SpeakerAgrees == true),
            KindAgreements = matched.Count(c => c.KindAgrees == true),
            OutputLanguageOk = prose.Length == 0 ? null : checks.WrongLanguage(prose, outputLanguage) is null,
            DetectedLanguage = prose.Length == 0 ? null : languages.Detect(prose),
            SourceLanguageOk = string.IsNullOrWhiteSpace(sourceLanguage) ? null
                : string.Equals(sourceLanguage.Trim(), item.Reference.Language, StringComparison.OrdinalIgnoreCase),
            ForbiddenFound = ForbiddenIn(last is null ? (calls.Count > 0 ? calls[^1].Text : "") : string.Join('\n', AllText(last)), item.Reference.Forbidden),
            ModelCalls = calls.Count,
            CachedCalls = calls.Count(c => c.FromCache),
            LatencyMs = Math.Round(calls.Sum(c => c.LatencyMs), 1),
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            Cost = price?.Of(inputTokens, outputTokens),
        };
    }

    /// <summary>The model's answer as the summary JSON, or null when it is not (the pipeline's own parsing).</summary>
    public static SummaryDocument? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<SummaryDocument>(JsonText.Unfence(text), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<string> AllText(SummaryDocument document) =>
        new[] { document.Headline, document.Summary }
            .Concat(document.Claims.SelectMany(c => new[] { c.Text, c.Speaker, c.Evidence }));

    /// <summary>The forbidden passages found in <paramref name="answer"/>, compared as the verifier compares evidence.</summary>
    private static List<string> ForbiddenIn(string answer, IReadOnlyList<string>? forbidden)
    {
        var key = EvidenceNormalizer.ToKey(answer);
        return (forbidden ?? [])
            .Where(f => EvidenceNormalizer.ToKey(f) is { Length: > 0 } k && key.Contains(k, StringComparison.Ordinal))
            .ToList();
    }
}
