namespace Gist.MiniApp.Auth;

/// <summary>initData as Telegram sends it: a URL query string (application/x-www-form-urlencoded) of fields.</summary>
public static class InitDataFields
{
    /// <summary>The decoded fields, or null when a field repeats, has no name or is not well encoded.</summary>
    public static IReadOnlyDictionary<string, string>? Parse(string initData)
    {
        ArgumentNullException.ThrowIfNull(initData);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in initData.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            string key, value;
            try
            {
                key = Decode(pair[..equals]);
                value = Decode(pair[(equals + 1)..]);
            }
            catch (UriFormatException)
            {
                return null;
            }

            if (!fields.TryAdd(key, value))
            {
                return null;
            }
        }

        return fields;
    }

    /// <summary>Form decoding, as the browser's URLSearchParams encodes: '+' is a space, %XX a UTF-8 byte.</summary>
    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
