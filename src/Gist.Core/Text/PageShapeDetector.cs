using System.Globalization;

namespace Gist.Core.Text;

/// <summary>
/// Tells running text from pages that are not articles — a table of figures, a list of links or headlines, a
/// login wall, a page with almost no text — so the bot says what it got instead of "summarizing" a table
/// (issue 13, item 5). Works on the text a person pasted or the extractor kept; any script.
/// </summary>
public static class PageShapeDetector
{
    /// <summary>A line of at least this many words that ends like a sentence is prose.</summary>
    private const int ProseLineWords = 8;

    /// <summary>Below this many words a page has no text of its own.</summary>
    private const int NoTextWords = 25;

    /// <summary>Words within which a sign-in request is the page's whole message.</summary>
    private const int LoginWallWords = 150;

    // Sign-in and paywall wording in the languages news arrives in most.
    private static readonly string[] LoginPhrases =
    [
        "sign in", "log in", "login", "sign up", "create an account", "create account", "password", "subscribe to continue",
        "subscribe to read", "تسجيل الدخول", "كلمة المرور", "اشترك", "войти", "пароль", "регистрация", "ورود", "رمز عبور", "登录", "密码",
    ];

    public static PageShape Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var words = lines.Select(Words).ToList();
        var total = words.Sum(w => w.Length);
        if (total == 0)
        {
            return PageShape.NoText;
        }

        var proseWords = lines.Select((line, i) => IsProse(line, words[i]) ? words[i].Length : 0).Sum();
        if (total < LoginWallWords && LoginPhrases.Count(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)) >= 2)
        {
            return PageShape.LoginWall;
        }

        var numbers = words.Sum(w => w.Count(IsFigure));
        if (lines.Length >= 4 && numbers >= total * 0.3 && proseWords < total * 0.5)
        {
            return PageShape.Table;
        }

        var shortLines = words.Count(w => w.Length is > 0 and <= ProseLineWords);
        if (lines.Length >= 5 && proseWords < total * 0.3 && shortLines >= lines.Length * 0.6)
        {
            return PageShape.LinkList;
        }

        return total < NoTextWords && CountSentences(text) < 2 ? PageShape.NoText : PageShape.Article;
    }

    /// <summary>Sentences of at least three words: ends of sentences (. ! ? ؟ 。) followed by a space or the end.</summary>
    public static int CountSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var wordsSince = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    wordsSince++;
                }

                inWord = true;
                continue;
            }

            inWord = false;
            var atEnd = i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '”' or '»' or ')';
            if (c is '.' or '!' or '?' or '؟' or '。' or '！' or '？' && atEnd && wordsSince >= 3)
            {
                count++;
                wordsSince = 0;
            }
        }

        return count;
    }

    private static string[] Words(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(c => char.IsLetterOrDigit(c))).ToArray();

    private static bool IsProse(string line, string[] words) =>
        words.Length >= ProseLineWords && (SentenceEnd.IsAt(line) || words.Length >= ProseLineWords * 2);

    /// <summary>A number, an amount or a share: "1200", "1,200.50", "$3", "12%", "Q1".</summary>
    private static bool IsFigure(string word)
    {
        var core = word.Trim('$', '€', '£', '%', '٪', '(', ')', ',', '.', ':', ';', '+', '-', '|');
        if (core.Length == 0)
        {
            return word.Length > 0;
        }

        if (core.Length <= 3 && core[0] is 'Q' or 'q' && core[1..].All(char.IsDigit))
        {
            return core.Length > 1;
        }

        return decimal.TryParse(core, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            || core.All(c => char.IsDigit(c) || c is ',' or '.' or '٫' or '٬');
    }
}
