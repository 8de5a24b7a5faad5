using System.Globalization;
using System.Text;
using System.Text.Json;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Digests.Stories;

/// <summary>
/// Turns a cluster of items into a story: claims merged and disputes paired (always, deterministically), and a
/// headline and merged summary written by the model in one call per story, cached by the story's set of items
/// (so every subscriber who gets the same story shares the call). Without a model, or when it fails, the offline
/// merge: the headline and summary of the item most similar to the others, which needs no translation.
/// The model's headline and summary pass the <see cref="ModelTextGate"/>, checked against the items it was given:
/// one that is empty, too long, not English or echoes the prompt is not used (the offline merge is); what is used is
/// cleaned of invisible characters and of addresses the items do not have.
/// </summary>
public sealed class StoryWriter(IServiceProvider services, IResultCache cache, ModelTextGate gate, IOptions<LlmOptions> llm, ILogger<StoryWriter> logger)
{
    public const string SchemaName = "digest_story";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ChatResponseFormat Format = ChatResponseFormat.ForJsonSchema(
        AIJsonUtilities.CreateJsonSchema(typeof(StoryDocument), serializerOptions: Json), SchemaName, "Headline and merged summary of one news story.");

    public async Task<Story> WriteAsync(IReadOnlyList<StoryItem> cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var (claims, disputes) = ClaimMerger.Merge(cluster);
        var central = Central(cluster);
        var source = SourceOf(cluster);
        var offline = new Story(gate.Clean(central.Summary.Headline, source), gate.Clean(central.Summary.Summary, source), cluster, claims, disputes, Core.Summaries.SummaryEngine.Offline);
        if (cluster.Count == 1 || !llm.Value.UsesModel || services.GetService<IChatClient>() is not { } chat || services.GetService<PromptLibrary>() is not { } prompts)
        {
            return offline;
        }

        try
        {
            var system = prompts["digest-story.system"];
            var user = prompts["digest-story.user"];
            var key = "story:" + ContentHash.Of(string.Join(',', cluster.Select(i => i.Item.ContentHash).Order(StringComparer.Ordinal)))
                + ":" + system.Version + "+" + user.Version + ":" + llm.Value.Model;
            if (await cache.GetAsync(key, cancellationToken) is { } cached && JsonSerializer.Deserialize<StoryDocument>(cached, Json) is { } hit)
            {
                return offline with { Headline = gate.Clean(hit.Headline, source), Summary = gate.Clean(hit.Summary, source), Engine = Core.Summaries.SummaryEngine.Llm };
            }

            var messages = new List<ChatMessage>
            {
                new(ChatRole.System, system.Render(new Dictionary<string, string>())),
                new(ChatRole.User, user.Render(new Dictionary<string, string> { ["items"] = Describe(cluster) })),
            };
            var response = await chat.GetResponseAsync(messages, new ChatOptions { ResponseFormat = Format, Temperature = 0.2f }, cancellationToken);
            var document = JsonSerializer.Deserialize<StoryDocument>(JsonText.Unfence(response.Text ?? ""), Json);
            if (document is null || string.IsNullOrWhiteSpace(document.Headline) || string.IsNullOrWhiteSpace(document.Summary))
            {
                logger.LogWarning("The model's story summary was empty; using the offline merge");
                return offline;
            }

            var problems = gate.CheckProse(document.Headline, source, "en", OutputChecks.MaxHeadline)
                .Concat(gate.CheckProse(document.Summary, source, "en", OutputChecks.MaxSummary)).ToList();
            if (problems.Count > 0)
            {
                logger.LogWarning("The model's story summary failed the gate ({Problems}); using the offline merge", string.Join("; ", problems.Select(p => p.ForUser)));
                return offline;
            }

            document.Headline = gate.Clean(document.Headline, source).Trim();
            document.Summary = gate.Clean(document.Summary, source).Trim();
            await cache.SetAsync(key, JsonSerializer.Serialize(document, Json), cancellationToken);
            return offline with { Headline = document.Headline, Summary = document.Summary, Engine = Core.Summaries.SummaryEngine.Llm };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The story summary call failed; using the offline merge");
            return offline;
        }
    }

    /// <summary>The item whose text shares the most with the others (ties: the earliest), as the story's voice offline.</summary>
    public static StoryItem Central(IReadOnlyList<StoryItem> cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Count == 1)
        {
            return cluster[0];
        }

        var vectors = new LexicalVectors(cluster.Select(i => i.SimilarityText).ToList(), cluster.Select(i => (string?)i.Summary.OutputLanguage).ToList());
        return Enumerable.Range(0, cluster.Count)
            .Select(i => (Index: i, Score: Enumerable.Range(0, cluster.Count).Where(j => j != i).Sum(j => vectors.Cosine(i, j))))
            .OrderByDescending(x => x.Score).ThenBy(x => cluster[x.Index].When).First().Index is var best ? cluster[best] : cluster[0];
    }

    /// <summary>What the story's model text is checked against: the items' summaries as sent, their texts and links.</summary>
    private static ModelTextSource SourceOf(IReadOnlyList<StoryItem> cluster) =>
        ModelTextSource.Of(cluster.SelectMany(i => new[] { i.Item.Title, i.Item.Text, i.Item.Link, i.Outlet }).Append(Describe(cluster)));

    private static string Describe(IReadOnlyList<StoryItem> cluster)
    {
        var builder = new StringBuilder();
        foreach (var (item, index) in cluster.Select((x, i) => (x, i + 1)))
        {
            builder.Append(CultureInfo.InvariantCulture, $"[{index}] {item.Outlet}, {item.When:yyyy-MM-dd HH:mm} UTC\n");
            builder.Append("Headline: ").Append(item.Summary.Headline).Append('\n');
            builder.Append("Summary: ").Append(item.Summary.Summary).Append('\n');
            foreach (var claim in item.Summary.Claims)
            {
                builder.Append("- ").Append(claim.Speaker).Append(" (").Append(claim.Kind).Append("): ").Append(claim.Text).Append('\n');
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
