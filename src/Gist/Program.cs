using Gist.Cli;

// gist [bot] | gist summarize <url|file|-> [--json] | gist extract <url|file> [--json] | gist extract --batch <in> --out <out> | gist eval [...]
return await GistCommandLine.RunAsync(args);
