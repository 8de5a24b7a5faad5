namespace Gist.Summarization.Translation;

/// <summary>Splits text into pieces of at most a given size at paragraph, then sentence, then word boundaries.</summary>
public static class TextChunks
{
    public static IEnumerable<string> Split(string text, int maxCharacters)
    {
        var start = 0;
        while (start < text.Length)
        {
            var remaining = text.Length - start;
            if (remaining <= maxCharacters)
            {
                yield return text[start..].Trim();
                yield break;
            }

            var end = BestBreak(text, start, start + maxCharacters);
            yield return text[start..end].Trim();
            start = end;
        }
    }

    private static int BestBreak(string text, int start, int limit)
    {
        var minimum = start + ((limit - start) / 2);
        foreach (var separator in new[] { "\n", ". ", "؟ ", "? ", "。", " " })
        {
            var at = text.LastIndexOf(separator, limit - 1, limit - minimum, StringComparison.Ordinal);
            if (at > minimum)
            {
                return at + separator.Length;
            }
        }

        // No boundary: cut anyway, but never between the halves of a surrogate pair.
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
