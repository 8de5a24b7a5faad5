namespace Gist.Core.Summaries;

/// <summary>One claim the article makes: who claims what, with the exact words as evidence.</summary>
/// <param name="Text">The claim, in the output language.</param>
/// <param name="Speaker">Person and role, an organization, or "the outlet" when unattributed.</param>
/// <param name="Kind">statement, accusation, denial, warning, promise, figure, …</param>
/// <param name="Evidence">The verbatim span of the source text, in the source language.</param>
public sealed record Claim(string Text, string Speaker, string Kind, string Evidence);
