using System.Text;
using System.Text.Json;
using Gist.Core.Summaries;
using Gist.Core.Text;
using Gist.Summarization.Prompts;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Llm;

/// <summary>
/// The one merge call of a long article: the model gets only the parts' headlines and summaries (a few hundred
/// tokens, never the article again) and writes one headline and summary. Any failure — the model unreachable,
/// invalid JSON, a failed check — falls back to the first part's headline and the parts' summaries cut to the
/// limit, so the parts already paid for are never thrown away.
/// </summary>
public sealed class SummaryMerger(IChatClient chat, PromptLibrary prompts, OutputChecks checks)
{
    public const string SchemaName = "article_summary_merge";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ChatResponseFormat Format = ChatResponseFormat.ForJsonSchema(
        AIJsonUtilities.CreateJsonSchema(typeof(MergeDocument), serializerOptions: Json),
        SchemaName,
        "One headline and summary for a long article, from the summaries of its parts.");

    public async Task<(string Headline, string Summary)> MergeAsync(IReadOnlyList<SummaryResult> parts, string outputLanguage, CancellationToken cancellationToken)
    {
        var partsText = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            partsText.Append("Part ").Append(i + 1).Append(" of ").Append(parts.Count).Append('\n')
                .Append("headline: ").Append(parts[i].Headline).Append('\n')
                .Append("summary: ").Append(parts[i].Summary).Append("\n\n");
        }

        var delimiter = ArticleDelimiter.New(partsText.ToString());
        var language = LanguageNames.Of(outputLanguage);
        List<ChatMessage> messages =
        [
            new(ChatRole.System, prompts["merge.system"].Render(new Dictionary<string, string>
            {
                ["output_language"] = language, ["delimiter"] = delimiter,
            })),
            new(ChatRole.User, prompts["merge.user"].Render(new Dictionary<string, string>
            {
                ["delimiter"] = delimiter, ["article"] = partsText.ToString().TrimEnd(),
            })),
        ];

        try
        {
            var response = await chat.GetResponseAsync(messages, new ChatOptions { ResponseFormat = Format, Temperature = 0.2f }, cancellationToken);
            var merged = JsonSerializer.Deserialize<MergeDocument>(JsonText.Unfence(response.Text ?? ""), Json);
            if (merged is not null && Acceptable(merged, outputLanguage) && !checks.Echoes(merged.Headline + ". " + merged.Summary, partsText.ToString()))
            {
                return (merged.Headline.Trim(), merged.Summary.Trim());
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Fall through to the parts' own words below.
        }

        return Fallback(parts);
    }

    /// <summary>The first part's headline (a news article's opening carries its story) and the parts' summaries.</summary>
    public static (string Headline, string Summary) Fallback(IReadOnlyList<SummaryResult> parts)
    {
        var summary = string.Join(' ', parts.Select(p => p.Summary.Trim()).Where(s => s.Length > 0));
        if (summary.Length > OutputChecks.MaxSummary)
        {
            var cut = summary.LastIndexOf(". ", OutputChecks.MaxSummary - 1, StringComparison.Ordinal);
            summary = cut > OutputChecks.MaxSummary / 2 ? summary[..(cut + 1)] : WellFormedText.Truncate(summary, OutputChecks.MaxSummary);
        }

        return (parts[0].Headline, summary);
    }

    private bool Acceptable(MergeDocument merged, string outputLanguage) =>
        !string.IsNullOrWhiteSpace(merged.Headline) && merged.Headline.Length <= OutputChecks.MaxHeadline &&
        !string.IsNullOrWhiteSpace(merged.Summary) && merged.Summary.Length <= OutputChecks.MaxSummary &&
        checks.WrongLanguage(merged.Headline + ". " + merged.Summary, outputLanguage) is null;
}
