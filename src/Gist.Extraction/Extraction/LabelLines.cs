using System.Text;
using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Whole lines that label the article rather than tell it: bracketed source labels ("[Source: Reuters]", "(AFP)" on a line of
/// its own) and English byline-and-date lines under the headline ("By Jane Doe and John Roe | November 20, 2019",
/// "By JANE DOE, Associated Press"). Each needs the whole line to be the label: "By Tuesday, the talks had failed."
/// is a sentence and stays. Copyright lines are recognised here (<see cref="IsCopyright"/>) but cut only after the
/// story's end by <see cref="AfterTheEnd"/>: the benchmark's own ground truth keeps an agency's "© 2019 Associated
/// Press. All Rights Reserved." closing line and a "© Reuters" credit, so a copyright line alone is not furniture.
/// </summary>
public static partial class LabelLines
{
    // The first lines a byline can sit on (as in EchoLines).
    private const int BylineWindow = 3;

    [GeneratedRegex(
        @"^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©))|\ball\s+rights\s+reserved\b|\btodos\s+os\s+direitos\s+reservados\b|\btodos\s+los\s+derechos\s+reservados\b|\btous\s+droits\s+réservés\b|\balle\s+rechte\s+vorbehalten\b|\bвсе\s+права\s+защищены\b|جميع\s+الحقوق\s+محفوظة|版权所有",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    // "[Source: Reuters]", "(Source: AP)", "[AFP]", "(Business Wire)", "(Photo: …)", "[Video]": one bracketed label,
    // the whole line; without a "source"-like word, at most three capitalised words ("(The figures were revised.)" stays).
    [GeneratedRegex(
        @"^[\[(（【]\s*(?:(?:source|sources|via|photo|image|video|credit|quelle|fuente|fonte|источник|المصدر|منبع|来源|來源)\s*[:：]?\s*[^\])）】]{0,60}|[\p{Lu}\p{Lo}][\p{L}\p{N}&/-]{0,20}(?:\s[\p{Lu}\p{Lo}][\p{L}\p{N}&/-]{0,20}){0,2})\s*[\])）】]$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedLabel();

    // "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE, Associated Press | Nov. 20, 2019 at 5:00 PM".
    [GeneratedRegex(
        @"^by\s+(?<names>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}){0,3})(?<rest>\s*(?:[|,•·–—-]|\bon\b|\bupdated\b|\bpublished\b).*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishByline();

    [GeneratedRegex(@"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|this|then|now|noon|night|morning|evening|far|default|contrast|comparison|law|then|way|design|chance|accident|hand|car|train|plane|bus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    public static string Remove(string text)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length);
        var seen = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var isLabel = line.Length > 0 && IsLabel(line, seen);
            if (line.Length > 0)
            {
                seen++;
            }

            if (isLabel)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(raw);
        }

        return sb.ToString();
    }

    /// <param name="line">A trimmed, non-empty line.</param>
    /// <param name="position">How many non-empty lines come before it.</param>
    public static bool IsLabel(string line, int position)
    {
        if (EmbeddedPosts.IsMarker(line) || line.Length > 200)
        {
            return false;
        }

        if (line.Length <= 70 && BracketedLabel().IsMatch(line))
        {
            return true;
        }

        return position < BylineWindow && IsEnglishByline(line);
    }

    public static bool IsEnglishByline(string line)
    {
        if (line.Length > 160)
        {
            return false;
        }

        var match = EnglishByline().Match(line);
        if (!match.Success || NotAName().IsMatch(match.Groups["names"].Value))
        {
            return false;
        }

        var rest = match.Groups["rest"].Value;
        // Nothing after the names, or a date, or a short outlet/role ("Associated Press", "Staff Writer").
        return rest.Length == 0
               || DateLine.ContainsDate(rest)
               || (!Gist.Core.Text.SentenceEnd.IsAt(line) && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5);
    }

    /// <summary>"© 2024 Northwind Robotics, Inc. All rights reserved.", "Copyright 2019 The Associated Press", "جميع الحقوق محفوظة".</summary>
    public static bool IsCopyright(string line) => line.Length <= 160 && Copyright().IsMatch(line) && !IsLongSentence(line);

    // A sentence that mentions rights ("The court said all rights reserved to the owner were void, and …") is long
    // and ends like one; a copyright line is short or made of short label parts.
    private static bool IsLongSentence(string line) =>
        !line.StartsWith('©') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 16 && Gist.Core.Text.SentenceEnd.IsAt(line);
}
