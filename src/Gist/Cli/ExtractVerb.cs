using System.Text.Json;
using Gist.Core.Articles;
using Gist.Extraction;
using Gist.Extraction.Batch;
using Gist.Extraction.Extraction;
using Gist.Extraction.Extraction.Search;
using Gist.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gist.Cli;

/// <summary>
/// <c>gist extract &lt;url|file&gt; [--json]</c>: the article the pipeline would send to the model, with its metadata.
/// <c>gist extract --batch &lt;folder&gt; --out &lt;folder&gt; [--search readability]</c>: body text of every page in a folder
/// (the benchmark's input); <c>--search readability</c> measures SmartReader alone (<see cref="ArticleSearch.Readability"/>) against the product's search.
/// </summary>
public static class ExtractVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CliArguments(args, "--batch", "--out", "--search");
        if (arguments.Value("--batch") is { } input)
        {
            return await RunBatchAsync(input, arguments.Value("--out"), arguments.Value("--search"));
        }

        var builder = GistHost.CreateBuilder(logToStandardError: true);
        builder.AddGistPipeline();
        builder.Services.AddSingleton<ArticleSourceLoader>();
        using var host = builder.Build();
        await host.StartAsync();

        if (arguments.Positional.Count != 1)
        {
            await Console.Error.WriteLineAsync("Usage: gist extract <url|file> [--json]");
            return 2;
        }

        Article article;
        try
        {
            article = await host.Services.GetRequiredService<ArticleSourceLoader>().LoadAsync(arguments.Positional[0], CancellationToken.None);
        }
        catch (ArticleUnavailableException ex)
        {
            await Console.Error.WriteLineAsync(ex.UserMessage);
            return 4;
        }

        Console.WriteLine(arguments.Has("--json")
            ? JsonSerializer.Serialize(ArticleJson.From(article), SummaryJson.Options)
            : $"{article.Title}\n{article.Source} · {article.Published:yyyy-MM-dd} · {article.Language} · {article.Url}{(article.IsPartial ? " · subscribers only: free part" : "")}\n\n{article.Text}");
        await host.StopAsync();
        return 0;
    }

    /// <summary>
    /// The batch verb reads local files and needs only the extractor: it builds no host, so no configuration,
    /// storage, model client or Lingua models are loaded (host start-up was a large share of a 121-page run).
    /// </summary>
    private static async Task<int> RunBatchAsync(string input, string? output, string? searchName)
    {
        ArticleSearch? search = searchName switch
        {
            null or "counted" => ArticleSearch.CountedScores,
            "readability" => ArticleSearch.Readability,
            _ => null,
        };
        if (output is null || search is null)
        {
            await Console.Error.WriteLineAsync("Usage: gist extract --batch <folder> --out <folder> [--search counted|readability]");
            return 2;
        }

        if (!Directory.Exists(input))
        {
            await Console.Error.WriteLineAsync($"No such folder: {input}");
            return 2;
        }

        var report = await new BatchExtraction(new ArticleExtractor(search.Value)).RunAsync(input, output, CancellationToken.None);
        await Console.Error.WriteLineAsync(report.ToString());
        return report.Failed == 0 ? 0 : 1;
    }
}
