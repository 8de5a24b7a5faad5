using System.Text.RegularExpressions;
using Gist.Core.Articles;
using Gist.Core.Text;

namespace Gist.Input.Cleaning;

/// <summary>
/// Recognises the non-article lines of a paste one at a time — tags, share bars, source and date lines —
/// and keeps what they say about the article.
/// </summary>
internal sealed partial class LineMetadata
{
    private const int MaxShareLineWords = 8;
    private const int MaxShareLineLength = 80;
    private const int MaxMetadataLineLength = 200;
    private const int MaxDateLineLength = 120;

    private DateTimeOffset? labelledPublished;
    private DateTimeOffset? earliestBareDate;

    public string? Source { get; private set; }

    public string? SourceUrl { get; private set; }

    /// <summary>A labelled publication date wins; otherwise the earliest bare date (a page also prints today's date and update times, all later).</summary>
    public DateTimeOffset? Published => labelledPublished ?? earliestBareDate;

    /// <summary>True when the line is not article text (and has been taken into the metadata).</summary>
    public bool TryConsume(string line)
    {
        var folded = Folding.FoldForMarkers(line);
        if (folded.Length == 0)
        {
            // Only symbols: a separator or an emoji row.
            return true;
        }

        if (line.Length <= MaxMetadataLineLength * 2 && Markers.Tags.Match(folded) is not null)
        {
            return true;
        }

        if (IsHashtagLine(line) || IsShareLine(line, folded))
        {
            return true;
        }

        if (line.Length <= MaxMetadataLineLength && Markers.Source.Match(folded) is not null)
        {
            TakeSource(ValueAfterLabel(line));
            return true;
        }

        return TryConsumeDate(line, folded);
    }

    private bool TryConsumeDate(string line, string folded)
    {
        if (line.Length > MaxDateLineLength)
        {
            return false;
        }

        var published = Markers.Published.Match(folded);
        if (published is not null && (published.Length == 0 || DateText.TryParse(published, out _)))
        {
            if (DateText.TryParse(published, out var date))
            {
                labelledPublished ??= date;
            }

            return true;
        }

        var updated = Markers.Updated.Match(folded);
        if (updated is not null && (updated.Length == 0 || DateText.TryParse(updated, out _)))
        {
            return true;
        }

        if (DateText.IsMostlyDate(line) && DateText.TryParse(line, out var bare))
        {
            earliestBareDate = earliestBareDate is null || bare < earliestBareDate ? bare : earliestBareDate;
            return true;
        }

        return false;
    }

    private void TakeSource(string value)
    {
        var url = Url().Match(value);
        if (url.Success)
        {
            var address = url.Value.TrimEnd('.', ',', ')', ']', '»', '"');
            SourceUrl ??= TrackingParameters.Strip(address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + address : address);
            value = value.Remove(url.Index, url.Length);
        }

        var name = value.Trim(' ', '(', ')', '[', ']', '-', '–', '|', ':', '،', ',', '.', '"', '«', '»');
        if (name.Length > 0 && RawText.HasLetters(name))
        {
            Source ??= name;
        }
    }

    /// <summary>What follows the label's separator in the original (unfolded) line.</summary>
    private static string ValueAfterLabel(string line)
    {
        var at = line.IndexOfAny([':', '：', '|', '-', '–', '—', '»']);
        return at < 0 ? string.Empty : line[(at + 1)..].Trim();
    }

    private static bool IsShareLine(string line, string folded)
    {
        // A link or handle in the line ("t.me/channel", "@channel") is one token, not several words.
        var words = RawText.CountWords(string.Join(' ', line.Split(' ').Where(t => !t.Contains('/', StringComparison.Ordinal) && !t.StartsWith('@'))));
        if (line.Length > MaxShareLineLength || words > MaxShareLineWords || SentenceEnd.IsAt(line))
        {
            return false;
        }

        // Channel posts open such lines with an emoji or an arrow ("🔻 Follow our channel…", "👉 Subscribe").
        var first = 0;
        while (first < folded.Length && !char.IsLetterOrDigit(folded[first]))
        {
            first++;
        }

        if (Markers.Share.Match(folded[first..]) is not null)
        {
            return true;
        }

        var barWords = Word().Matches(folded).Select(m => m.Value).ToList();
        return barWords.Count > 0 && barWords.All(Markers.ShareBarWords.Contains);
    }

    /// <summary>"#Россия #Украина" or "@channel": Telegram channel tags and plugs.</summary>
    private static bool IsHashtagLine(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.All(t => t.StartsWith('#') || t.StartsWith('@') || !RawText.HasLetters(t))
            && tokens.Any(t => t.Length > 1 && (t.StartsWith('#') || t.StartsWith('@')));
    }

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\p{L}\p{N}-]+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Word();
}
