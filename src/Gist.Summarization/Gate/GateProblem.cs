namespace Gist.Summarization.Gate;

/// <summary>One reason a model text cannot be shown.</summary>
/// <param name="ForModel">Told to the model in the one repair request: what is wrong and what to do instead.</param>
/// <param name="ForUser">Shown to the user when the repair fails too, completing "the model's answer …" ("was in
/// French, not English"); it never
/// quotes the model's output (an obeyed injection's words stay out of the chat).</param>
public sealed record GateProblem(string ForModel, string ForUser);
