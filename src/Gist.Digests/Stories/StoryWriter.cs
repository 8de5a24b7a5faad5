using System.Globalization;
using System.Text;
using System.Text.Json;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Summarization;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Digests.Stories;

/// <summary>
/// Turns a cluster of items into a story: claims merged (always, deterministically), and a headline, a merged
/// summary and which denial denies which claim decided by the model in one call per story, cached by the story's
/// set of items (so every subscriber who gets the same story shares the call). Without a model, or when it fails,
/// the offline merge: the headline and summary of the item most similar to the others, which needs no translation,
/// and denials paired only by the conservative <see cref="DenialMatch"/> rule.
/// The model's headline and summary pass the <see cref="ModelTextGate"/>, checked against the items it was given:
/// one that is empty, too long, not English or echoes the prompt is not used (the offline merge is); what is used is
/// cleaned of invisible characters and of addresses the items do not have.
/// </summary>
public sealed class StoryWriter(IServiceProvider services, IResultCache cache, IResultLock resultLock, ModelTextGate gate, IOptions<LlmOptions> llm, ILogger<StoryWriter> logger)
{
    public const string SchemaName = "digest_story";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ChatResponseFormat Format = ChatResponseFormat.ForJsonSchema(
        AIJsonUtilities.CreateJsonSchema(typeof(StoryDocument), serializerOptions: Json), SchemaName, "Headline and merged summary of one news story.");

    private readonly SharedResultCache results = new(cache, resultLock, logger);

    public async Task<Story> WriteAsync(IReadOnlyList<StoryItem> cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var merged = ClaimMerger.MergeClaims(cluster);
        var (claims, disputes) = ClaimMerger.Pair(merged, ClaimMerger.RulePairs(merged));
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

            // Every subscriber's digest holding this story, on any instance, shares one call: the holder of the key's
            // lock asks the model, the others wait and read its story from the shared cache.
            return await results.GetOrComputeAsync(
                key,
                TimeSpan.FromSeconds(llm.Value.RequestTimeoutSeconds * 3),
                cached => JsonSerializer.Deserialize<StoryDocument>(cached, Json) is { } hit ? WithModel(offline, Cleaned(hit, source), merged) : null,
                token => AskModelAsync(chat, system, user, cluster, merged, offline, source, token),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The story summary call failed; using the offline merge");
            return offline;
        }
    }

    /// <summary>The model's headline, summary and denial pairs, cached when they pass the gate; else the offline merge, not cached.</summary>
    private async Task<ComputedResult<Story>> AskModelAsync(IChatClient chat, PromptTemplate system, PromptTemplate user, IReadOnlyList<StoryItem> cluster,
        IReadOnlyList<MergedClaim> merged, Story offline, ModelTextSource source, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, system.Render(new Dictionary<string, string>())),
            new(ChatRole.User, user.Render(new Dictionary<string, string> { ["items"] = Describe(cluster), ["claims"] = Describe(merged) })),
        };
        var response = await chat.GetResponseAsync(messages, new ChatOptions { ResponseFormat = Format, Temperature = 0.2f }, cancellationToken);
        var document = JsonSerializer.Deserialize<StoryDocument>(JsonText.Unfence(response.Text ?? ""), Json);
        if (document is null || string.IsNullOrWhiteSpace(document.Headline) || string.IsNullOrWhiteSpace(document.Summary))
        {
            logger.LogWarning("The model's story summary was empty; using the offline merge");
            return new ComputedResult<Story>(offline, null);
        }

        var problems = gate.CheckProse(document.Headline, source, "en", OutputChecks.MaxHeadline)
            .Concat(gate.CheckProse(document.Summary, source, "en", OutputChecks.MaxSummary)).ToList();
        if (problems.Count > 0)
        {
            logger.LogWarning("The model's story summary failed the gate ({Problems}); using the offline merge", string.Join("; ", problems.Select(p => p.ForUser)));
            return new ComputedResult<Story>(offline, null);
        }

        document = Cleaned(document, source);
        return new ComputedResult<Story>(WithModel(offline, document, merged), JsonSerializer.Serialize(document, Json));
    }

    private StoryDocument Cleaned(StoryDocument document, ModelTextSource source)
    {
        document.Headline = gate.Clean(document.Headline, source).Trim();
        document.Summary = gate.Clean(document.Summary, source).Trim();
        return document;
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

    /// <summary>
    /// The model's headline and summary, and its denial pairs (1-based numbers of the claim list) in place of the
    /// rule's; pairs that do not name a denial and a claim of the list are ignored.
    /// </summary>
    private static Story WithModel(Story offline, StoryDocument document, IReadOnlyList<MergedClaim> merged)
    {
        var pairs = (document.Disputes ?? []).Select(p => (p.Denial - 1, p.Claim - 1));
        var (claims, disputes) = ClaimMerger.Pair(merged, pairs);
        return offline with { Headline = document.Headline, Summary = document.Summary, Claims = claims, Disputes = disputes, Engine = Core.Summaries.SummaryEngine.Llm };
    }

    private static string Describe(IReadOnlyList<MergedClaim> merged)
    {
        if (merged.Count == 0)
        {
            return "(none)";
        }

        var builder = new StringBuilder();
        foreach (var (claim, index) in merged.Select((c, i) => (c, i + 1)))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{index}. [{claim.Kind}] {claim.Speaker}: {claim.Text}\n");
        }

        return builder.ToString();
    }

    /// <summary>What the story's model text is checked against: the items' summaries as sent, their texts and links.</summary>
    private static ModelTextSource SourceOf(IReadOnlyList<StoryItem> cluster) =>
        ModelTextSource.Of(cluster.SelectMany(i => new[] { i.Item.Title, i.Item.Text, i.Item.Link, i.Outlet }).Append(Describe(cluster)));

    private static string Describe(IReadOnlyList<StoryItem> cluster)
    {
        var builder = new StringBuilder();
        foreach (var (item, index) in cluster.Select((x, i) => (x, i + 1)))
        {
            builder.Append(CultureInfo.InvariantCulture, $"[{index}] {string.Join(" and ", item.Outlets)}, {item.When:yyyy-MM-dd HH:mm} UTC\n");
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
