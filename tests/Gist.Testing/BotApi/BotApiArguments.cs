using System.Globalization;
using System.Text.Json;

namespace Gist.Testing.BotApi;

/// <summary>Reads method parameters the way the Bot API does: numbers may come as JSON numbers or as strings
/// (form fields are always strings), booleans as true/"true", objects as objects or JSON-encoded strings.</summary>
public sealed class BotApiArguments(JsonElement body)
{
    public JsonElement Body { get; } = body;

    public string? GetString(string name) => TryReadString(Body, name);

    public long? GetLong(string name) => TryReadLong(Body, name);

    public int? GetInt(string name) => GetLong(name) is { } value ? (int)value : null;

    public bool GetBool(string name) => Body.TryGetProperty(name, out var value) && value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>An object or array parameter (reply_markup, reply_parameters, commands…).</summary>
    public JsonElement? GetObject(string name)
    {
        if (!Body.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return value;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            try
            {
                return JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                throw BotApiException.BadRequest($"can't parse {name} JSON object");
            }
        }

        return null;
    }

    public static string? TryReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static long? TryReadLong(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
