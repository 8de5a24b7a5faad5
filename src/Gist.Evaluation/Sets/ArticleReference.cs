namespace Gist.Evaluation.Sets;

/// <summary>The hand-written reference of one labelled article: the <c>&lt;id&gt;.ref.json</c> file next to it.</summary>
/// <param name="Language">ISO 639-1 code of the article's language.</param>
/// <param name="Event">The article's event in one line (for people reading the report).</param>
/// <param name="Claims">The claims a careful reader would list.</param>
/// <param name="Forbidden">Text that must never appear in an answer: a "read also" tail's words, ads.</param>
public sealed record ArticleReference(
    string Language,
    string Event,
    IReadOnlyList<ReferenceClaim> Claims,
    IReadOnlyList<string>? Forbidden);
