using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gist.MiniApp.Tests.Support;

/// <summary>
/// Makes initData the way Telegram does, written here from the spec independently of the code under test
/// (https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app): fields URL-encoded as a query
/// string, hash = hex(HMAC-SHA256(key = HMAC-SHA256(key "WebAppData", bot token), data-check string)).
/// </summary>
public static class InitDataSigner
{
    public static string UserJson(long id, string firstName = "Alice") =>
        $"{{\"id\":{id.ToString(CultureInfo.InvariantCulture)},\"first_name\":\"{firstName}\",\"last_name\":\"\",\"username\":\"user{id}\",\"language_code\":\"en\",\"allows_write_to_pm\":true}}";

    /// <summary>Signed initData for the user; <paramref name="omit"/> leaves a field out (after signing when it is "hash").</summary>
    public static string Sign(string botToken, long userId, DateTimeOffset authDate, string? omit = null, IDictionary<string, string>? extra = null)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["auth_date"] = authDate.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["query_id"] = "AAHdF6IQAAAAAN0XohDhrOrc",
            ["user"] = UserJson(userId),
            ["chat_instance"] = "-8364531120845238813",
            ["chat_type"] = "private",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        if (omit is not null && omit != "hash")
        {
            fields.Remove(omit);
        }

        var dataCheck = string.Join("\n", fields.Select(f => f.Key + "=" + f.Value));
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(botToken));
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(dataCheck)));
        var query = string.Join("&", fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)));
        return omit == "hash" ? query : query + "&hash=" + hash;
    }
}
