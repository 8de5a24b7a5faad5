namespace Gist.Rendering.Tests.Support;

/// <summary>Pieces of text from many scripts and of the kinds that break naive renderers.</summary>
public static class TextPools
{
    /// <summary>Words and phrases; none starts with a combining mark, so grapheme boundaries are well defined.</summary>
    public static readonly string[] Words =
    [
        "Blinken", "said", "the", "minister", "Seoul", "O'Brien", "\"quoted\"", "co-operation",
        "قال", "وزير", "الخارجية", "الأمريكي", "أنتوني", "بلينكن،", "ـــالتعاون", "مُتَزايِد", "؟",
        "گفت", "وزیر", "امور", "خارجه", "אמר", "השר", "Сказал", "министр", "иностранных", "дел",
        "美国国务卿布林肯表示。", "中国", "日本語のテキスト。", "한국어", "नमस्ते", "क्षेत्र", "ภาษาไทย",
        "Ελληνικά", "Türkçe", "Tiếng Việt", "ру́сский", "é", "ñ", "Å", "z̴̢͔a̵l̶g̷o̸",
        "😀", "👍🏽", "👨‍👩‍👧", "🇺🇸🇰🇷", "❤️", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎𠜱",
        "<", ">", "&", "\"", "<b>unclosed", "</i>", "<script>alert(1)</script>", "&amp;", "&#", "&#x1F600;",
        "&lt;b&gt;", "<a href=\"javascript:alert(1)\">x</a>", "<blockquote>", "&nbsp;", "a<b", "1 < 2 & 3 > 2",
        "\u202Eevil\u202C", "zero\u200Bwidth", "non\u00A0breaking", "https://example.com/a?b=1&c=2",
        "١٢٣", "2023-11-09", "100%", "…",
    ];

    public static readonly string[] Separators = [" ", " ", " ", " ", "\n", "\n\n", ". ", "، ", "\t", "\r\n", ""];

    /// <summary>A lone surrogate and controls: what a broken decoder or a hostile model may emit.</summary>
    public static readonly string[] Broken = ["\uD800", "\uDFFF", "x\uD83D", "\u0000", "\u0007", "\u001B[31m"];
}
