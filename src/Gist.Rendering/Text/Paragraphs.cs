namespace Gist.Rendering.Text;

/// <summary>Cuts model or article text into paragraphs, each escaped and ready to be one block.</summary>
internal static class Paragraphs
{
    /// <summary>Non-blank lines of <paramref name="text"/>, trimmed and escaped.</summary>
    public static IEnumerable<string> Escaped(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                yield return TelegramHtml.Escape(trimmed);
            }
        }
    }
}
