
namespace Gist.Testing.Media;

/// <summary>The external programs media tests use, found on PATH, and the Debian packages that provide them.</summary>
public static class Programs
{
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["tesseract"] = "tesseract-ocr tesseract-ocr-ara",
        ["ffmpeg"] = "ffmpeg",
        ["espeak-ng"] = "espeak-ng",
        ["convert"] = "imagemagick fonts-noto-core",
        ["pdftoppm"] = "poppler-utils",
        ["chromium"] = "chromium",
    };

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Missing(IEnumerable<string> programs) => programs.Where(p => Find(p) is null).ToList();

    public static string MissingMessage(IReadOnlyList<string> missing) =>
        $"Needs {string.Join(", ", missing)} (Debian: apt-get install {string.Join(' ', missing.Select(m => Packages.GetValueOrDefault(m, m)))}); .ci/run installs them.";

    /// <summary>The program's full path; fails the test when it is missing (reached only under CI=true).</summary>
    public static string Require(string program) => Find(program) ?? throw new Xunit.Sdk.XunitException(MissingMessage([program]));

    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
    }
}
