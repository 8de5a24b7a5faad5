namespace Gist.Summarization.Text;

/// <summary>A sentence of a text: <see cref="Text"/> is exactly <c>text.Substring(Start, Text.Length)</c>.</summary>
/// <param name="Index">Position among the text's sentences.</param>
/// <param name="Paragraph">Which line ('\n'-separated paragraph) it belongs to.</param>
/// <param name="Start">Offset in the text, in UTF-16 units.</param>
/// <param name="Text">The sentence, verbatim.</param>
public sealed record Sentence(int Index, int Paragraph, int Start, string Text)
{
    public int End => Start + Text.Length;
}
