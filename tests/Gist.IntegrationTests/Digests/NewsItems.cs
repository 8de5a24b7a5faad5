using System.Globalization;
using System.Text;
using Gist.Core.Digests;

namespace Gist.IntegrationTests.Digests;

/// <summary>Feed items for delivery tests: prose long enough not to be a teaser, and lexically unrelated to each other.</summary>
public static class NewsItems
{
    private static readonly string[] Syllables = ["ka", "lo", "ri", "ve", "sa", "mu", "te", "no", "pa", "di", "go", "ra", "zu", "be", "ni", "tho"];

    /// <summary>Item <paramref name="n"/>: its own invented names and words, so no two items read as one event.</summary>
    public static NewFeedItem Unrelated(int n, DateTimeOffset? published)
    {
        var random = new Random(n * 7919);
        string Word(bool capital)
        {
            var word = string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)])) + Tag(n);
            return capital ? char.ToUpperInvariant(word[0]) + word[1..] : word;
        }

        var text = new StringBuilder();
        for (var sentence = 0; sentence < 8; sentence++)
        {
            text.Append(Word(capital: true));
            for (var w = 0; w < 11; w++)
            {
                text.Append(' ').Append(Word(capital: w % 4 == 0));
            }

            text.Append(". ");
        }

        var body = text.ToString().Trim();
        var key = "item-" + n.ToString(CultureInfo.InvariantCulture);
        return new NewFeedItem(key, $"https://wire.example/{key}", key, $"Report {n}: {Word(true)} {Word(false)}", body, false, published);
    }

    // Letters only: a per-item suffix that keeps every invented word unique to its item.
    private static string Tag(int n)
    {
        var tag = new StringBuilder();
        do
        {
            tag.Append((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return tag.ToString();
    }
}
