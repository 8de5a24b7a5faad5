using Gist.Core.Storage;
using Gist.Storage;
using Microsoft.Extensions.Options;

namespace Gist.Cli;

/// <summary>The executable's verbs. <c>bot</c> is the default.</summary>
public static class GistCommandLine
{
    public const string Usage =
        """
        Gist: any-language news → English summary and verified claims.

        Usage:
          gist [bot]                                  run the Telegram bot (long polling)
          gist summarize <url|file|-> [--json]        summarize a page, a .txt/.html/.pdf file, or stdin
          gist extract <url|file> [--json]            show the article text and metadata the pipeline would use
          gist extract --batch <folder> --out <folder> [--search counted|readability]
                                                      extract every *.html / *.html.gz in a folder to <id>.txt
          gist eval [--set <folder>] [--model a,b] [--out <folder>] [--compare <report>]
                                                      measure models and prompts on a labelled set (see README.md)
          gist storage copy --from sqlite:<path> --to postgres:<connection string>
                                                      copy a SQLite deployment to PostgreSQL (again: adds nothing)

        Configuration: config/appsettings.json, environment variables (Telegram__BotToken, Llm__Provider, …),
        user-secrets. See README.md.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length == 0 ? "bot" : args[0].ToLowerInvariant();
        var rest = args.Skip(1).ToArray();
        try
        {
            return verb switch
            {
                "bot" => await BotVerb.RunAsync(),
                "summarize" => await SummarizeVerb.RunAsync(rest),
                "extract" => await ExtractVerb.RunAsync(rest),
                "eval" => await EvalVerb.RunAsync(rest),
                "storage" => await StorageVerb.RunAsync(rest),
                "help" or "--help" or "-h" => Print(Usage, 0),
                _ => Print($"Unknown verb '{args[0]}'.\n\n{Usage}", 2),
            };
        }
        catch (OptionsValidationException ex)
        {
            // A missing or bad setting: name it, without a stack trace.
            await Console.Error.WriteLineAsync("Configuration error:\n  " + string.Join("\n  ", ex.Failures));
            return 3;
        }
        catch (StorageUnavailableException ex)
        {
            // The database cannot be opened or reached: the message names the setting (never a password).
            await Console.Error.WriteLineAsync("Storage error:\n  " + ex.Message);
            return 3;
        }
    }

    private static int Print(string text, int exitCode)
    {
        (exitCode == 0 ? Console.Out : Console.Error).WriteLine(text);
        return exitCode;
    }
}
