namespace Gist.Evaluation.Running;

/// <summary>What one <c>gist eval</c> run asks for.</summary>
/// <param name="Models">Models side by side, in the order given.</param>
public sealed record EvaluationRun(string SetFolder, IReadOnlyList<string> Models, string OutputLanguage);
