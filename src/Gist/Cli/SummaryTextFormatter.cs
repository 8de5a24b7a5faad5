using System.Globalization;
using System.Text;
using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Cli;

/// <summary>The human-readable output of <c>gist summarize</c>.</summary>
public static class SummaryTextFormatter
{
    public static string Format(SummaryResult result, Article article)
    {
        var text = new StringBuilder();
        if (result.Engine == SummaryEngine.Offline)
        {
            text.AppendLine("[offline] Extractive summary in the article's own language, made without a language model.");
            if (result.FallbackReason is { } reason)
            {
                text.AppendLine($"          The model was not used: {reason}");
            }

            text.AppendLine("          For an English summary, set Llm__Provider, Llm__Endpoint, Llm__ApiKey and Llm__Model (see README).");
            text.AppendLine();
        }

        text.AppendLine(result.Headline);
        var source = string.Join(" · ", new[]
        {
            article.Source,
            article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "language: " + result.SourceLanguage,
            article.Url,
        }.Where(s => !string.IsNullOrEmpty(s)));
        text.AppendLine(source).AppendLine();
        text.AppendLine(result.Summary).AppendLine();

        if (result.Claims.Count > 0)
        {
            text.AppendLine("Claims:");
            for (var i = 0; i < result.Claims.Count; i++)
            {
                var claim = result.Claims[i];
                text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {claim.Text}");
                text.AppendLine(CultureInfo.InvariantCulture, $"   — {claim.Speaker} · {claim.Kind}");
                text.AppendLine(CultureInfo.InvariantCulture, $"   « {claim.Evidence} »");
            }
        }

        if (result.DroppedClaims > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"{result.DroppedClaims} claim(s) left out: their quoted words are not in the article.");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nengine: {result.Engine}{(result.Model is { } m ? " · model: " + m : "")}");
        return text.ToString();
    }
}
