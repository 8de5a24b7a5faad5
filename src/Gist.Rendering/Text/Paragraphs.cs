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
            // Escaping drops control characters, so a line of them only is blank too.
            var escaped = TelegramHtml.Escape(line.Trim());
            if (!string.IsNullOrWhiteSpace(escaped))
            {
                yield return escaped.Trim();
            }
        }
    }
}
