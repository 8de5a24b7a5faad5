namespace Gist.Evaluation.Sets;

/// <summary>The labelled set cannot be used as it is; <see cref="Problems"/> names each file and what is wrong.</summary>
public sealed class EvaluationSetException(string folder, IReadOnlyList<string> problems)
    : Exception($"The labelled set at {folder} has {problems.Count} problem(s):\n  " + string.Join("\n  ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
