using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests.Support;

/// <summary>
/// The real <c>gist bot</c> executable (src/Gist's build output, built with this test project) as a child
/// process, configured through environment variables like a deployment. Its console output is kept for the test.
/// </summary>
public sealed class GistProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output;

    private GistProcess(Process process, StringBuilder output)
    {
        this.process = process;
        this.output = output;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The gist.dll built next to the test (Debug or Release, like the test itself).</summary>
    public static string GistDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            dir = dir.Parent;
        }

        var dll = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Bot.sln not found above the test folder."),
            "src", "Gist", "bin", configuration, "net10.0", "gist.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Gist first (the test project references it).", dll);
    }

    /// <summary>The environment of a deployment against the local fakes, as an operator would set it.</summary>
    public static Dictionary<string, string> Environment(string folder, FakeBotApiServer telegram, FakeOpenAiServer model, int graceSeconds) => new()
    {
        ["Telegram__BotToken"] = telegram.Token,
        ["Telegram__ApiBaseUrl"] = telegram.BaseUrl,
        ["Telegram__PollingTimeoutSeconds"] = "1",
        ["Storage__Path"] = Path.Combine(folder, "gist.db"),
        ["Llm__Provider"] = "openai",
        ["Llm__Endpoint"] = model.OpenAiEndpoint,
        ["Llm__ApiKey"] = InProcessBot.ApiKey,
        ["Llm__Model"] = "gpt-test",
        ["Host__ShutdownTimeoutSeconds"] = graceSeconds.ToString(CultureInfo.InvariantCulture),
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public static GistProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(GistDll());
        start.ArgumentList.Add("bot");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new GistProcess(process, output);
    }

    /// <summary>SIGKILL: no shutdown code runs at all.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM: the host stops gracefully within Host:ShutdownTimeoutSeconds.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
