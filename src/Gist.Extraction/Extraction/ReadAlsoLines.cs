using Gist.Core.Text;
using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Inline "read also" and tag lines: a paragraph such as <c>&lt;p&gt;إقرأ أيضاً: &lt;a&gt;…&lt;/a&gt;&lt;/p&gt;</c> sits between
/// two paragraphs of the article, so Readability keeps it (it only drops link-list blocks), and its headline then
/// leaks a different story into the summary. Same for "Tags:" / "كلمات دلالية:" lines.
/// </summary>
public static partial class ReadAlsoLines
{
    // Lead-ins in the languages Gist reads news in; the optional Arabic hamza/alef forms and the tanwin
    // variant of "أيضاً" are all written by real sites.
    [GeneratedRegex(
        @"^\s*(?:[\[(«]\s*)?(?:" +
        @"[إاأ]قر[أا]\s*(?:[أا]يض[اًا]+|كذلك|المزيد)|شاهد\s*[أا]يض[اًا]+|طالع\s*[أا]يض[اًا]*|تابع\s*[أا]يض[اًا]+|" +
        @"(?:مواضيع|[أا]خبار|مقالات|قصص)\s+ذات\s+صلة|ذات صلة|اخترنا\s+لك|قد\s+يعجبك(?:\s+[أا]يض[اًا]+)?|الأكثر\s+قراءة|" +
        @"كلمات دلالية|كلمات مفتاحية|الوسوم|" +
        // Persian: "read also / more", "related news / items", "editor's pick", "tags", "keywords".
        @"همچنین بخوانید|بیشتر بخوانید|بخوانید|(?:اخبار|مطالب|خبرهای)\s+مرتبط|پیشنهاد\s+(?:ما|سردبیر|ویژه)|برچسب\u200C?\s?ها|کلید\s?\u200C?واژه\u200C?\s?ها|" +
        @"read\s+(?:also|more|next)|see\s+(?:also|more)|don'?[’']?t\s+miss|must\s+read|more\s+from\s+[\w ]{1,30}|related(?:\s+(?:articles?|stories|coverage|news|posts?))?|more\s+on\s+this|recommended|tags|topics|" +
        @"you\s+(?:may|might)\s+also\s+(?:like|enjoy)|more\s+great\s+[\w ]{1,30}\s+stories|more\s+stories|recent\s+(?:articles|posts|stories)|popular\s+this\s+week|most\s+(?:popular|read)|more|" +
        @"lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|lea\s+también|lee\s+también|leia\s+também|leia\s+mais|lesen\s+sie\s+auch|mehr\s+zum\s+thema|" +
        @"читайте\s+(?:также|ещё|еще)|смотрите\s+также|читайте\s+також|(?:материалы|новости|ещё|еще)?\s*по\s+теме|теги|рекомендуем|ayrıca\s+okuyun|ilginizi\s+çekebilir|" +
        @"延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|相关报道|相關報導|相关链接|推荐阅读|推薦閱讀|标签|關鍵詞|关键词|関連記事|관련기사" +
        @")\s*(?:\.{2,}|…)?\s*(?:[:：\-–—|»>]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    /// <summary>
    /// True when a short block is a "read also"/tag line: it starts with a known lead-in and most of the rest is link
    /// text (so a paragraph that merely starts with "Related:" prose is kept).
    /// </summary>
    public static bool IsReadAlso(string blockText, int linkTextLength)
    {
        var text = blockText.Trim();
        if (text.Length == 0 || text.Length > 400)
        {
            return false;
        }

        var match = LeadIn().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var rest = text.Length - match.Length;
        return rest == 0 || linkTextLength >= rest * 0.5;
    }
}
