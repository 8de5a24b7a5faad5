using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gist.Cli;

/// <summary><c>gist summarize &lt;url|file|-&gt; [--json] [--language xx]</c>: the bot's pipeline on the command line.</summary>
public static class SummarizeVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CliArguments(args, "--language");
        if (arguments.Positional.Count != 1)
        {
            await Console.Error.WriteLineAsync("Usage: gist summarize <url|file|-> [--json] [--language en]");
            return 2;
        }

        var builder = GistHost.CreateBuilder(logToStandardError: true);
        builder.AddGistPipeline();
        builder.Services.AddSingleton<ArticleSourceLoader>();
        using var host = builder.Build();
        await host.StartAsync();

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

        var language = arguments.Value("--language") ?? "en";
        var result = await host.Services.GetRequiredService<ISummarizer>().SummarizeAsync(article, language, CancellationToken.None);
        if (arguments.Has("--json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(SummaryJson.From(result, article), SummaryJson.Options));
        }
        else
        {
            Console.WriteLine(SummaryTextFormatter.Format(result, article));
        }

        await host.StopAsync();
        return 0;
    }
}
