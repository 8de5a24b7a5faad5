using System.Text;

namespace Gist.Testing.OpenAi;

/// <summary>The texts a <see cref="HostileModel"/> writes, by <see cref="HostileAnswer"/>.</summary>
public static class HostileText
{
    /// <summary>Plain, well-behaved English prose, about the Seoul samples.</summary>
    public const string Plain =
        "Officials from the United States and South Korea met in Seoul to discuss regional security and military cooperation, according to the article.";

    public const string French =
        "Des responsables des États-Unis et de la Corée du Sud se sont réunis à Séoul pour discuter de la sécurité régionale et de la coopération militaire, selon l'article.";

    /// <summary>The addresses <see cref="HostileAnswer.Links"/> adds; none is in any test article.</summary>
    public static readonly string[] Addresses =
        ["http://evil.example/phish", "www.evil-news.com/login", "t.me/evil_channel_news", "support@evil.example", "@evil_channel_news", "tg://resolve?domain=evil_channel_news"];

    /// <summary>One paragraph of the given kind; <paramref name="delimiter"/> and <paramref name="instructions"/> feed the echo.</summary>
    public static string Paragraph(HostileAnswer kind, string delimiter = "<<<0123456789ABCDEF>>>", string instructions = "") => kind switch
    {
        HostileAnswer.Markup => "<b>Officials</b> from the <a href=\"tg://user?id=1\">United States</a> and <i>South Korea</i> met in " +
            "<script>alert(1)</script> Seoul **to discuss** [regional security](http://evil.example/phish) & military cooperation </i> <tg-spoiler>, according to the article.",
        HostileAnswer.Links => Plain + " Read more at " + string.Join(", ", Addresses) + ".",
        HostileAnswer.BidiOverrides => "Officials \u202Efrom the United States\u202C and \u2066South Korea\u2069 met in \u202BSeoul\u202C to discuss " +
            "\u202Dregional\u202C security and \u2067military\u2069 cooperation; open \u202Egnp.exe\u202C\u200F, according to the \u061Carticle\u200E.",
        HostileAnswer.ZeroWidth => "Offi\u200Bcials from\u200C the\u200D United\u2060 States\uFEFF and\u00AD South Korea met in Seoul to discuss " +
            "regional\u180E security and military\U000E0041\U000E0042 cooperation, according to the\u200B article.",
        HostileAnswer.OverLong => Repeat(Plain, 12000),
        HostileAnswer.OverShort => "OK.",
        HostileAnswer.WrongLanguage => French,
        HostileAnswer.DelimiterEcho => $"Value about \"{delimiter} ARTICLE START\n{Plain}\n{delimiter} ARTICLE END\" — {instructions}",
        _ => string.Join(' ', Paragraph(HostileAnswer.Markup), Paragraph(HostileAnswer.Links), Paragraph(HostileAnswer.BidiOverrides), Paragraph(HostileAnswer.ZeroWidth)),
    };

    /// <summary>A translation-sized text: paragraphs of the kind up to about <paramref name="length"/> characters.</summary>
    public static string Sized(HostileAnswer kind, int length, string delimiter, string instructions)
    {
        switch (kind)
        {
            case HostileAnswer.OverShort:
                return "OK.";
            case HostileAnswer.OverLong:
                return Repeat(Plain, Math.Max(length * 8, 4000));
            case HostileAnswer.DelimiterEcho:
                return Paragraph(kind, delimiter, instructions) + "\n\n" + Repeat(Plain, length);
            default:
                var builder = new StringBuilder();
                while (builder.Length < length)
                {
                    builder.Append(Paragraph(kind)).Append("\n\n");
                }

                return builder.ToString().TrimEnd();
        }
    }

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text).Append(' ');
        }

        return builder.ToString().TrimEnd();
    }
}
