using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace Gist.MiniApp.Assets;

/// <summary>The page, its script and its style, read once from the assembly's embedded resources (wwwroot/).</summary>
public sealed class EmbeddedAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, (byte[] Body, string ContentType)> files;

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        const string prefix = "Gist.MiniApp.wwwroot.";
        var loaded = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var file = name[prefix.Length..];
            loaded[file] = (memory.ToArray(), ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"));
        }

        files = loaded.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => files.Keys;

    /// <summary>Serves one file with the security headers, or 404 for a name that is not one of them.</summary>
    public async Task ServeAsync(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        Api.SecurityHeaders.Apply(context.Response, cacheable: true);
        if (!files.TryGetValue(name, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Body.Length;
        await context.Response.Body.WriteAsync(file.Body, context.RequestAborted);
    }
}
