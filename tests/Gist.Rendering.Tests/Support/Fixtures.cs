namespace Gist.Rendering.Tests.Support;

/// <summary>Texts kept in the test project (copied from the samples, so a clean clone has them).</summary>
public static class Fixtures
{
    /// <summary>An Arabic news article (Blinken in Seoul, 9 November 2023) as a person would paste it.</summary>
    public static string SeoulArticle { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seoul-blinken-ar.txt"));

    /// <summary>One Arabic paragraph of at least <paramref name="length"/> characters with no line break.</summary>
    public static string ArabicParagraph(int length)
    {
        var sentences = SeoulArticle.Replace('\r', ' ').Replace('\n', ' ');
        var builder = new System.Text.StringBuilder(length + sentences.Length);
        while (builder.Length < length)
        {
            builder.Append(sentences).Append(' ');
        }

        return builder.ToString(0, length).Trim();
    }
}
