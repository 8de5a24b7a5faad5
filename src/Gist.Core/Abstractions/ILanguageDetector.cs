namespace Gist.Core.Abstractions;

public interface ILanguageDetector
{
    /// <summary>ISO 639-1 code of the text's language, or null when it cannot tell.</summary>
    string? Detect(string text);
}
