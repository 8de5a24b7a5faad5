using System.Text.Json;

namespace Gist.Evaluation.Caching;

/// <summary>
/// Answers on disk, one JSON file per request key (<c>&lt;folder&gt;/&lt;key[..2]&gt;/&lt;key&gt;.json</c>): a folder
/// that can be kept, copied or committed to reproduce a report offline.
/// </summary>
public sealed class ResponseCache(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Folder { get; } = folder;

    public CachedResponse? Get(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CachedResponse>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            // A damaged entry (a run killed mid-write) is asked again, never trusted.
            return null;
        }
    }

    public void Set(string key, CachedResponse response)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(response, Json));
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(Folder, key[..2], key + ".json");
}
