using Gist.Core.Digests;

namespace Gist.Telegram.Digests;

/// <summary>How keyword filters are written in the chat: "+word" to require, "-word" to exclude.</summary>
public static class Filters
{
    public static string Describe(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var include = subscription.IncludeWords.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "+" + w);
        var exclude = subscription.ExcludeWords.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "-" + w);
        var all = include.Concat(exclude).ToList();
        return all.Count == 0 ? "no filter" : "filter: " + string.Join(' ', all);
    }

    /// <summary>Parses "+korea +russia -sport" (a bare word counts as +word).</summary>
    public static (string Include, string Exclude) Parse(string text)
    {
        var include = new List<string>();
        var exclude = new List<string>();
        foreach (var token in (text ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length > 1 && token[0] == '-')
            {
                exclude.Add(token[1..]);
            }
            else if (token.TrimStart('+').Length > 0)
            {
                include.Add(token.TrimStart('+'));
            }
        }

        return (string.Join(' ', include.Distinct()), string.Join(' ', exclude.Distinct()));
    }
}
