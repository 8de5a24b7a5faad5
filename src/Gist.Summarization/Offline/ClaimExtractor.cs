using Gist.Core.Summaries;
using Gist.Summarization.Text;

namespace Gist.Summarization.Offline;

/// <summary>
/// Attributed sentences as claims: a sentence with a reporting verb becomes a claim whose evidence is the
/// sentence itself, verbatim (with the quoted sentences that continue it), so it always passes the evidence check.
/// </summary>
internal static class ClaimExtractor
{
    public const string Outlet = "the outlet";

    /// <summary>How many sentences back an unnamed subject ("وأضاف", "he said") may refer to.</summary>
    private const int SpeakerCarryDistance = 3;

    private static readonly HashSet<string> NumberWords = new(
        ("% ٪ percent per cent ألف الف آلاف الاف مليون ملايين مليار مليارات million millions billion billions trillion " +
        "тысяч тысячи млн млрд миллион миллиона миллионов миллиард миллиарда процентов هزار میلیون میلیارد درصد 万 亿"
            ).Split(' ').Select(EvidenceNormalizer.Normalize),
        StringComparer.Ordinal);

    /// <summary>
    /// Claims in the order of the text. Beyond <paramref name="max"/>, the ones kept are the non-statements, then
    /// those with a named speaker, then the best ranked by <paramref name="scores"/> (one per sentence).
    /// </summary>
    /// <param name="text">The article text the sentences come from.</param>
    /// <param name="articleKey">The article's comparison key, used to find the names it repeats.</param>
    /// <param name="sentences">The sentences of <paramref name="text"/>.</param>
    /// <param name="scores">TextRank score per sentence.</param>
    /// <param name="max">How many claims at most.</param>
    public static List<Claim> Extract(string text, string articleKey, IReadOnlyList<Sentence> sentences, IReadOnlyList<double> scores, int max)
    {
        var found = new List<(int Index, double Score, Claim Claim)>();
        (int Index, string Speaker)? lastSpeaker = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var tokens = WordToken.Tokenize(sentence.Text);
            var match = ReportingVerbs.FindFirst(tokens);
            if (match is null || WordCount.Of(sentence.Text) < 3)
            {
                continue;
            }

            var speaker = SpeakerFinder.Find(sentence.Text, tokens, match);
            if (speaker is null && match.Verb.HasSubject && lastSpeaker is { } last && i - last.Index <= SpeakerCarryDistance)
            {
                speaker = last.Speaker;
            }

            if (speaker is not null)
            {
                lastSpeaker = (i, speaker);
            }

            var end = ContinuedQuoteEnd(sentences, i);
            var evidence = text[sentence.Start..sentences[end].End];
            var kind = match.Verb.Kind == ClaimKinds.Statement && IsFigure(tokens) ? ClaimKinds.Figure : match.Verb.Kind;
            if (speaker is not null && kind is ClaimKinds.Denial or ClaimKinds.Accusation)
            {
                speaker = SpeakerTrimmer.ToKnownName(speaker, articleKey, sentence.Text);
            }

            found.Add((i, scores[i], new Claim(evidence, speaker ?? Outlet, kind, evidence)));
            i = end;
        }

        // Denials, accusations, warnings and promises first, then claims with a named speaker, then by rank.
        return found
            .OrderByDescending(c => c.Claim.Kind is not (ClaimKinds.Statement or ClaimKinds.Figure))
            .ThenByDescending(c => c.Claim.Speaker != Outlet)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Index)
            .Take(max)
            .OrderBy(c => c.Index)
            .Select(c => c.Claim)
            .ToList();
    }

    /// <summary>A quote that runs on into the next sentence(s) of the paragraph: `قال: “…”. “…”`.</summary>
    private static int ContinuedQuoteEnd(IReadOnlyList<Sentence> sentences, int index)
    {
        var end = index;
        while (end + 1 < sentences.Count && end - index < 2
            && sentences[end + 1].Paragraph == sentences[index].Paragraph
            && sentences[end + 1].Text[0] is '“' or '«' or '"' or '„'
            && ReportingVerbs.FindFirst(WordToken.Tokenize(sentences[end + 1].Text)) is null)
        {
            end++;
        }

        return end;
    }

    private static bool IsYear(string token) => token.Length == 4 && int.TryParse(token, out var year) && year is >= 1900 and <= 2100;

    /// <summary>A sentence that mainly states numbers: two numbers, or a number with a magnitude word.</summary>
    private static bool IsFigure(IReadOnlyList<WordToken> tokens)
    {
        var numbers = tokens.Count(t => t.IsWord && char.IsDigit(t.Normalized[0]) && !IsYear(t.Normalized));
        var magnitudes = tokens.Count(t => NumberWords.Contains(t.Normalized) || NumberWords.Contains(t.WithoutConjunction));
        return numbers >= 2 || (numbers >= 1 && magnitudes >= 1);
    }
}
