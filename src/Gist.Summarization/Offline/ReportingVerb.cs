namespace Gist.Summarization.Offline;

/// <summary>A word or phrase that attributes words to someone ("قال", "according to", "по словам", "表示").</summary>
/// <param name="Words">The phrase in <see cref="Text.EvidenceNormalizer.Normalize"/> form, one entry per word (one entry for CJK).</param>
/// <param name="Kind">The claim kind it signals: statement, denial, accusation, warning, promise.</param>
/// <param name="Side">Where its speaker is written.</param>
/// <param name="HasSubject">
/// True for a verb whose subject, when not written, is the last speaker ("وأضاف: …", "he said"); false for a
/// source phrase ("according to", "بحسب ما ورد") whose missing speaker is the outlet itself.
/// </param>
public sealed record ReportingVerb(IReadOnlyList<string> Words, string Kind, SpeakerSide Side, bool HasSubject = true)
{
    public bool IsCjk => Words.Count == 1 && Words[0].Length > 0 && Text.WordCount.IsCjk(Words[0][0]);
}
