namespace Gist.Media.Tests;

/// <summary>News text rendered into the test images: sample 000's opening (Arabic) and an English wire paragraph.</summary>
internal static class ArticleTexts
{
    public const string Arabic =
        "المستقلة/- قال وزير الخارجية الأمريكي أنتوني بلينكن، اليوم الخميس، إنه يشارك كوريا الجنوبية مخاوفها بشأن التعاون العسكري المتزايد بين كوريا الشمالية و روسيا، و الذي وصفه بأنه “طريق ذو اتجاهين” يشمل تدفق الأسلحة و الدعم الفني.\n"
        + "و قال بلينكن و وزير الخارجية الكوري الجنوبي بارك جين إنهما ناقشا ما يسمى باستراتيجية الردع الممتدة في مواجهة التهديدات من كوريا الشمالية.";

    /// <summary>Quotes a model would take from <see cref="Arabic"/> as evidence.</summary>
    public static readonly string[] ArabicEvidence =
    [
        "قال وزير الخارجية الأمريكي أنتوني بلينكن",
        "إنه يشارك كوريا الجنوبية مخاوفها بشأن التعاون العسكري المتزايد",
        "ناقشا ما يسمى باستراتيجية الردع الممتدة في مواجهة التهديدات من كوريا الشمالية",
    ];

    public const string English =
        "GENEVA (Reuters) - The foreign minister said on Thursday that the talks in Geneva would resume next week, after two days of meetings.\n"
        + "The ministry denied reports that the delegation had left the city, calling them baseless rumours spread by its opponents.";

    public static readonly string[] EnglishEvidence =
    [
        "The foreign minister said on Thursday that the talks in Geneva would resume next week",
        "The ministry denied reports that the delegation had left the city",
    ];
}
