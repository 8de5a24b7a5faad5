namespace Gist.Evaluation.Sets;

/// <summary>A folder of labelled articles.</summary>
public sealed record EvaluationSet(string Name, string Folder, IReadOnlyList<LabelledArticle> Articles);
