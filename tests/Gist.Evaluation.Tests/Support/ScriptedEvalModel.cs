using System.Text.Json;
using Gist.Evaluation.Sets;
using Gist.Summarization.Llm;
using Gist.Testing.OpenAi;

namespace Gist.Evaluation.Tests.Support;

/// <summary>
/// The fake model server's answers for evaluation runs, by the request's model name. "good" answers every
/// article from its reference: the reference claims with their verbatim evidence, speakers and kinds, in English.
/// "bad" answers with prose that is not JSON first; asked to repair, it answers in Spanish, with paraphrased
/// evidence (the reference words in reverse order) and the article's forbidden "read also" text in the summary.
/// </summary>
public sealed class ScriptedEvalModel(string setFolder)
{
    public const string Good = "good";
    public const string Bad = "bad";

    /// <summary>A judge that grades every summary 4 of 5.</summary>
    public const string Judge = "judge";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<(string Id, ArticleReference Reference)> references = Directory
        .EnumerateFiles(setFolder, "*" + EvaluationSetLoader.ReferenceSuffix)
        .Select(f => (Path.GetFileName(f)[..^EvaluationSetLoader.ReferenceSuffix.Length],
            JsonSerializer.Deserialize<ArticleReference>(File.ReadAllText(f), Json)!))
        .ToList();

    public Task<FakeChatReply> RespondAsync(FakeChatRequest request, CancellationToken cancellationToken)
    {
        var article = request.Messages.First(m => m.Role == "user").Content;
        var reference = references.Single(r => r.Reference.Claims.All(c => article.Contains(c.Evidence, StringComparison.Ordinal))).Reference;
        var repairing = request.Messages.Any(m => m.Role == "assistant");
        return Task.FromResult(request.Model switch
        {
            Good => FakeChatReply.Json(GoodAnswer(reference)),
            Bad when !repairing => FakeChatReply.Text("Sure! The article is about " + reference.Event + " Let me know if you need more."),
            Bad => FakeChatReply.Json(BadAnswer(reference)),
            Judge => FakeChatReply.Text("""{"score": 4, "reason": "Supported, one attribution softened."}"""),
            _ => FakeChatReply.Error(404, $"The model '{request.Model}' does not exist", "model_not_found"),
        });
    }

    private static SummaryDocument GoodAnswer(ArticleReference reference) => new()
    {
        Headline = "What the article reports: " + reference.Event,
        Summary = reference.Event + " The article quotes each side in its own words, and the claims below carry those words as evidence.",
        SourceLanguage = reference.Language,
        Claims = reference.Claims.Select(c => new ClaimDocument
        {
            Text = $"{c.Speaker} made a {c.Kind}.",
            Speaker = c.Speaker,
            Kind = c.Kind,
            Evidence = c.Evidence,
        }).ToList(),
    };

    private static SummaryDocument BadAnswer(ArticleReference reference) => new()
    {
        Headline = "El artículo habla de una reunión importante",
        Summary = "El artículo informa sobre las declaraciones de los funcionarios y lo que dijeron los testigos. "
            + string.Join(' ', reference.Forbidden ?? []),
        SourceLanguage = "en",
        Claims = reference.Claims.Select(c => new ClaimDocument
        {
            Text = "Alguien dijo algo.",
            Speaker = "the outlet",
            Kind = "report",
            Evidence = Paraphrase(c.Evidence),
        }).ToList(),
    };

    /// <summary>The same words in another order (characters, for a language written without spaces).</summary>
    private static string Paraphrase(string evidence) =>
        evidence.Contains(' ', StringComparison.Ordinal)
            ? string.Join(' ', evidence.Split(' ').Reverse())
            : new string(evidence.Reverse().ToArray());
}
