using Gist.Cli;

// gist [bot] | gist summarize <url|file|-> [--json] | gist extract <url|file> [--json] | gist extract --batch <in> --out <out> | gist eval [...] | gist storage copy --from sqlite:<path> --to postgres:<cs>
return await GistCommandLine.RunAsync(args);
