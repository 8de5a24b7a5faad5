using Gist.Input.Cleaning;

namespace Gist.Input;

/// <summary>
/// Cleans text a person pastes, forwards or sends as a .txt file before it reaches the summarizer: cuts a
/// trailing related-articles block ("إقرأ أيضاً:", "Read also", "Читайте также"…) and everything after it,
/// removes tag and share lines, and turns date and source lines into metadata.
/// </summary>
public sealed class PastedTextCleaner
{
    /// <summary>
    /// A bare "read also" line this far into the text (by characters) or later opens the trailing block. An
    /// earlier one heads a list of related headlines inside the page, which is removed alone; a "read also: title"
    /// teaser line in the first half is likewise removed alone, so a mid-article teaser does not cost the article.
    /// </summary>
    private const double BareMarkerCutFrom = 0.3;
    private const double TeaserCutFrom = 0.5;

    /// <summary>Cleans <paramref name="raw"/>. Never throws for any string; empty input gives an empty <see cref="CleanedText"/>.</summary>
    public CleanedText Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var lines = RawText.ToLines(raw);
        var removed = CutRelatedArticles(lines);
        var metadata = new LineMetadata();
        var kept = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (metadata.TryConsume(line))
            {
                removed += line.Length;
            }
            else
            {
                kept.Add(line);
            }
        }

        var title = TakeTitle(kept);
        return new CleanedText(string.Join('\n', kept), title, metadata.Source, metadata.SourceUrl, metadata.Published, removed);
    }

    /// <summary>Removes the related-articles block (and inline teasers) from <paramref name="lines"/>; returns the characters removed.</summary>
    private static int CutRelatedArticles(List<string> lines)
    {
        var total = lines.Sum(l => l.Length);
        var before = 0;
        var removed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var rest = Markers.ReadAlso.Match(Folding.FoldForMarkers(lines[i]));
            if (rest is null)
            {
                before += lines[i].Length;
                continue;
            }

            var position = total == 0 ? 1 : (double)before / total;
            if (position >= (rest.Length == 0 ? BareMarkerCutFrom : TeaserCutFrom))
            {
                removed += lines.Skip(i).Sum(l => l.Length);
                lines.RemoveRange(i, lines.Count - i);
                return removed;
            }

            removed += lines[i].Length;
            lines.RemoveAt(i);
            if (rest.Length == 0)
            {
                // An early bare marker heads a list of headlines: drop them up to the first real paragraph.
                while (i < lines.Count && LooksLikeHeadline(lines[i]) && i + 1 < lines.Count)
                {
                    removed += lines[i].Length;
                    lines.RemoveAt(i);
                }
            }

            i--;
        }

        return removed;
    }

    /// <summary>The first line is the title when it is short, has no closing punctuation, and body follows it.</summary>
    private static string? TakeTitle(List<string> kept)
    {
        if (kept.Count < 2 || !LooksLikeHeadline(kept[0]))
        {
            return null;
        }

        var bodyLength = kept.Skip(1).Sum(l => l.Length);
        if (bodyLength <= kept[0].Length)
        {
            return null;
        }

        var title = kept[0];
        kept.RemoveAt(0);
        return title;
    }

    internal static bool LooksLikeHeadline(string line)
    {
        if (line.Length > 200 || RawText.CountWords(line) is 0 or > 30)
        {
            return false;
        }

        var end = line.TrimEnd('"', '\'', '”', '’', '»', ')', ']', '›', ' ');
        return end.Length > 0 && end[^1] is not ('.' or '!' or '?' or '؟' or '。' or '！' or '？' or '…' or ':' or '：' or '؛' or ';' or ',' or '،');
    }
}
