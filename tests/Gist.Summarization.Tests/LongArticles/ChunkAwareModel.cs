using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Tests.LongArticles;

/// <summary>
/// A hand-written model: a summary request is answered with claims quoting the first words of each paragraph of
/// the text it was sent (so tests can see which chunk it got), a merge request with a fixed headline. Records every
/// request's article text; thread-safe, because chunks are summarized in parallel.
/// </summary>
public sealed class ChunkAwareModel : IChatClient
{
    private readonly Lock gate = new();
    private readonly List<string> articles = [];
    private readonly List<string> mergeInputs = [];

    public string MergeAnswer { get; set; } = JsonSerializer.Serialize(new
    {
        headline = "One headline for the whole long article",
        summary = "The merged summary of every part of the article, written once for the reader.",
    });

    /// <summary>Extra claims put into every summary answer (e.g. one with invented evidence).</summary>
    public List<object> ExtraClaims { get; } = [];

    public IReadOnlyList<string> SummaryArticles { get { lock (gate) { return [.. articles]; } } }

    public IReadOnlyList<string> MergeInputs { get { lock (gate) { return [.. mergeInputs]; } } }

    public int Calls { get { lock (gate) { return articles.Count + mergeInputs.Count; } } }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        var user = messages.Last(m => m.Role == ChatRole.User).Text;
        if (user.Contains("PARTS START", StringComparison.Ordinal))
        {
            lock (gate)
            {
                mergeInputs.Add(user);
            }

            return new ChatResponse(new ChatMessage(ChatRole.Assistant, MergeAnswer));
        }

        var article = Between(user, "ARTICLE START\n", "ARTICLE END");
        lock (gate)
        {
            articles.Add(article);
        }

        var claims = article.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 6)
            .Take(3)
            .Select(w => (object)new { text = "The part states this.", speaker = "the outlet", kind = "statement", evidence = string.Join(' ', w.Take(8)) })
            .Concat(ExtraClaims);
        var json = JsonSerializer.Serialize(new
        {
            headline = "Headline of one part of the article",
            summary = "This part of the article reports what the officials said during the visit.",
            claims,
            sourceLanguage = "ar",
        });
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, json));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < 0)
        {
            return "";
        }

        var body = text[(from + start.Length)..to];
        return body[..Math.Max(0, body.LastIndexOf('\n'))];
    }
}
