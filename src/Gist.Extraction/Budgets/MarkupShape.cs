namespace Gist.Extraction.Budgets;

/// <summary>What a cheap scan of markup found: start tags, and the deepest nesting of elements left open.</summary>
public readonly record struct MarkupShape(int Elements, int Depth);
