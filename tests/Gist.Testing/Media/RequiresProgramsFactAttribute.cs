using Xunit;

namespace Gist.Testing.Media;

/// <summary>
/// A test that needs real external programs (tesseract, ffmpeg, espeak-ng, ImageMagick's convert…). Where one is
/// missing the test is reported as skipped, naming it and the Debian package; under CI=true it is not skipped: it
/// runs and fails on <see cref="Programs.Require"/>, because CI must install what the tests need (.ci/run does).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresProgramsFactAttribute : FactAttribute
{
    public RequiresProgramsFactAttribute(params string[] programs)
    {
        var missing = Programs.Missing(programs);
        if (missing.Count > 0 && !Programs.IsCi)
        {
            Skip = Programs.MissingMessage(missing);
        }
    }
}
