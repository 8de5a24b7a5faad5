namespace Gist.Summarization.Verification;

public enum EvidenceVerdict
{
    /// <summary>Every piece of the evidence occurs in the source, in order.</summary>
    Found,

    /// <summary>No evidence was given.</summary>
    Empty,

    /// <summary>Too few words or letters to prove anything (see <see cref="EvidenceRules"/>).</summary>
    TooShort,

    /// <summary>The evidence, normalized, is not in the normalized source: an invented or altered quote.</summary>
    NotInSource,
}
