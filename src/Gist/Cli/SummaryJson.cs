using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Cli;

/// <summary>The shape of <c>summarize --json</c>: the result, plus the article's metadata under "article".</summary>
public sealed record SummaryJson(
    string Headline,
    string Summary,
    IReadOnlyList<Claim> Claims,
    string SourceLanguage,
    string OutputLanguage,
    string Engine,
    int DroppedClaims,
    string? Model,
    string? PromptVersion,
    string? FallbackReason,
    ArticleJson Article)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Arabic stays readable; this is not HTML.
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static SummaryJson From(SummaryResult r, Article a) => new(
        r.Headline, r.Summary, r.Claims, r.SourceLanguage, r.OutputLanguage, r.Engine, r.DroppedClaims,
        r.Model, r.PromptVersion, r.FallbackReason, ArticleJson.From(a));
}
