using System.Text.RegularExpressions;

namespace Gist.Testing.BotApi;

/// <summary>The entities Telegram's servers add to a user's plain text: bot_command, mention and url
/// (Bot API type <c>MessageEntity</c>). Offsets are UTF-16 units, which is what .NET string indexes are.</summary>
public static partial class EntityDetector
{
    public static IReadOnlyList<FakeEntity> Detect(string text)
    {
        var entities = new List<FakeEntity>();
        foreach (Match match in Command().Matches(text))
        {
            entities.Add(new FakeEntity("bot_command", match.Index, match.Length));
        }

        foreach (Match match in Mention().Matches(text))
        {
            entities.Add(new FakeEntity("mention", match.Index, match.Length));
        }

        foreach (Match match in Url().Matches(text))
        {
            // Trailing punctuation closes the sentence, not the address.
            var value = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '»', '"', '\'', '،', '؛');
            entities.Add(new FakeEntity("url", match.Index, value.Length));
        }

        return entities.OrderBy(e => e.Offset).ToList();
    }

    [GeneratedRegex(@"(?<=^|\s)/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{5,32})?(?=$|\s)")]
    private static partial Regex Command();

    [GeneratedRegex(@"(?<=^|[\s(])@[A-Za-z0-9_]{5,32}\b")]
    private static partial Regex Mention();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
