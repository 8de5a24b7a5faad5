using Gist.Core.Text;
using System.Text;
using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Last pass over the body text, one line (= one block) at a time. Sites put interface strings, ad labels, date
/// stamps and newsletter pitches inside the article container, often with no class name that says so, and
/// Readability keeps them. A line goes only when ALL of it is such a string, so a sentence that merely mentions a
/// date or a newsletter stays. Measured on the benchmark's dev pages: these lines are never in the ground truth.
/// </summary>
public static partial class BoilerplateLines
{
    // Whole-line interface strings: ad labels ("Advertisement", "Iklan", "スポンサードリンク", "إعلان"…), comment
    // and sign-in links, "Image 1 of 9", reading-time and view counters, "This slideshow requires JavaScript".
    [GeneratedRegex(
        @"^(?:advert(?:isement)?|sponsored(?:\s+(?:content|links?))?|anzeige|publicidad|publicidade|publicité|iklan|реклама|إعلان|اعلان|広告|スポンサー(?:ドリンク|リンク)|广告|광고|" +
        @"\d*\s*comments?|leave\s+a\s+(?:comment|reply)|sign\s+in|log\s+in|subscribe|subscriber\s+services|text\s+size|" +
        @"loading(?:\s+content)?|this\s+slideshow\s+requires\s+javascript|media\s+playback\s+is\s+unsupported\s+on\s+your\s+device|" +
        @"image\s+\d+\s+of\s*/?\s*\d*|filed\s+under|\d*\s*letture|\d+\s+min(?:ute)?s?\s+read|" +
        @"(?:reading\s+time|tempo\s+de\s+leitura|tiempo\s+de\s+lectura|temps\s+de\s+lecture|lesezeit)\s*:?\s*\d+\s*\w*" +
        @")[\s.…!:|,]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex InterfaceString();

    // Newsletter and subscription pitches: "Sign up for our Email Newsletters here", "Click here to subscribe to…",
    // "Let our news meet your inbox…". Only short lines, so an article about newsletters keeps its sentences.
    [GeneratedRegex(
        @"^(?:[\w ]{0,12}:\s*)?(?:click\s+here\s+to\s+subscribe|subscribe\s+(?:to|for)\s+(?:our|the)\s+[\w ]{0,40}(?:newsletter|channel|podcast)|get\s+(?:our|the)\s+[\w ]{0,30}newsletter)|newsletters?\b.{0,80}\b(?:sign\s*up|subscribe)|(?:sign\s*up|subscribe)\b.{0,80}\bnewsletters?\b|\byour\s+inbox\b.{0,60}\bdelivered\b|" +
        // "Subscribe to our Telegram channel" and "follow us on …" pitches in the languages Gist reads news in.
        @"^(?:подписывайтесь|подпишитесь)\s+на\s+(?:наш|нас)|^(?:اشترك|اشتركوا|تابعونا|تابعوا)\s+.{0,40}(?:قناة|قناتنا|تلغرام|تيليجرام|تويتر|فيسبوك|واتساب)|" +
        @"^(?:ما\s+را\s+در|به\s+کانال).{0,40}(?:دنبال\s+کنید|بپیوندید)|^(?:欢迎)?关注(?:我们|本号|公众号)|" +
        // "Like this story? Share it with a friend!"
        @"^(?:like|enjoy(?:ed)?|love)\s+this\s+(?:story|article|post)\?\s*share\s+it",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NewsletterPitch();

    // A WordPress shortcode the site failed to expand ("[button link=… type=…] Send us YOUR review[/button]"): markup
    // leaked as text, a button label at best.
    [GeneratedRegex(@"^\[(\w+)(?:\s[^\]]*)?\].*\[/\1\]$", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WordPressShortcode();

    /// <summary>Drops the lines that are wholly boilerplate; keeps every other line as it is.</summary>
    public static string Remove(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text[range];
            if (IsBoilerplate(line))
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    public static bool IsBoilerplate(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 200)
        {
            return false;
        }

        // A bare comment delimiter is a leak from an inline script or style sheet (some sites publish one at the top
        // of their JSON-LD articleBody).
        return trimmed is "/*" or "*/" or "//" or "<!--" or "-->"
               || WordPressShortcode().IsMatch(trimmed)
               || InterfaceString().IsMatch(trimmed)
               || DateLine.IsDateOnly(trimmed)
               || (trimmed.Length <= 160 && NewsletterPitch().IsMatch(trimmed));
    }
}
