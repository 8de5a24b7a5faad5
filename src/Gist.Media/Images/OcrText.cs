using System.Text;

namespace Gist.Media.Images;

/// <summary>
/// Tesseract's plain-text output → article text: lines of one block (a paragraph, a column) are joined with spaces,
/// blocks become paragraphs separated by '\n', and the form feed that ends each page is dropped.
/// </summary>
public static class OcrText
{
    public static string Tidy(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in raw.Replace("\r", "", StringComparison.Ordinal).Replace('\f', '\n').Split('\n'))
        {
            var text = line.Trim();
            if (text.Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(text);
        }

        Flush();
        return string.Join('\n', paragraphs);

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
