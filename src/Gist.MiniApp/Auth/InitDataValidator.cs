using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gist.Telegram;
using Microsoft.Extensions.Options;

namespace Gist.MiniApp.Auth;

/// <summary>
/// Checks a Mini App's initData as the Bot API specifies
/// (https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app): the data-check string is every
/// field but <c>hash</c> as <c>key=value</c>, sorted by key, joined by '\n'; secret = HMAC-SHA256(key "WebAppData",
/// the bot token); the hash must be hex(HMAC-SHA256(secret, data-check string)), compared in constant time; auth_date
/// no older than MiniApp:InitDataMaxAgeSeconds. Returns the user, or null for anything else (no reason is given out).
/// </summary>
public sealed class InitDataValidator(IOptions<TelegramOptions> telegram, IOptions<MiniAppOptions> options, TimeProvider time)
{
    /// <summary>Longer initData is refused unread (Telegram's is well under 2 KB).</summary>
    public const int MaxLength = 8192;

    /// <summary>A client clock may run a little ahead of ours.</summary>
    private static readonly TimeSpan FutureSkew = TimeSpan.FromMinutes(5);

    public MiniAppUser? Validate(string? initData)
    {
        if (string.IsNullOrEmpty(initData) || initData.Length > MaxLength || InitDataFields.Parse(initData) is not { } fields)
        {
            return null;
        }

        if (!fields.TryGetValue("hash", out var hash) || hash.Length != 64 || !IsHex(hash))
        {
            return null;
        }

        var expected = Sign(telegram.Value.BotToken, DataCheckString(fields));
        if (!CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(hash)))
        {
            return null;
        }

        if (!fields.TryGetValue("auth_date", out var authText) || !long.TryParse(authText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > TimeSpan.FromSeconds(options.Value.InitDataMaxAgeSeconds) || age < -FutureSkew)
        {
            return null;
        }

        return fields.TryGetValue("user", out var user) ? ReadUser(user) : null;
    }

    /// <summary>Every field but hash, "key=value", sorted by key (ordinal), joined by '\n'.</summary>
    public static string DataCheckString(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join('\n', fields.Where(f => f.Key != "hash").OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value));
    }

    /// <summary>HMAC-SHA256(key = HMAC-SHA256(key "WebAppData", bot token), data-check string).</summary>
    public static byte[] Sign(string botToken, string dataCheckString)
    {
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(botToken));
        return HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(dataCheckString));
    }

    private static MiniAppUser? ReadUser(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.Number
                || !id.TryGetInt64(out var userId) || userId <= 0)
            {
                return null;
            }

            return new MiniAppUser(userId, Text(root, "first_name"), Text(root, "username"), IsDev: false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsHex(string text) => text.All(char.IsAsciiHexDigit);
}
