namespace Gist.Summarization.Llm;

/// <summary>The kinds of claim the reply shows; anything else the model invents becomes "statement".</summary>
public static class ClaimKindNormalizer
{
    public static readonly string[] Known = ["statement", "accusation", "denial", "warning", "promise", "figure", "assessment", "report"];

    public static string Normalize(string? kind)
    {
        var value = (kind ?? "").Trim().ToLowerInvariant();
        return Known.Contains(value) ? value : "statement";
    }
}
