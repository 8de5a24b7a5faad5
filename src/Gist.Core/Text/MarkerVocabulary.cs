namespace Gist.Core.Text;

/// <summary>
/// The phrases that open a "read also" (related articles) block and a tag line, in the languages Gist reads, as
/// data: the paste cleaner cuts the block (or the line) where a pasted line starts with one, and the extractor drops a
/// short block of a page that starts with one and is mostly links. Both compare folded forms
/// (<see cref="TextFolding"/>), so alef/hamza/ya variants, tanwin and case need no entries of their own.
/// A trailing '*' lets a phrase be followed by a plain space in pasted text ("اقرأ أيضا عنوان…"); without it a
/// separator (":", "-", "|"…) or the end of the line must follow.
/// </summary>
public static class MarkerVocabulary
{
    public static readonly IReadOnlyList<string> ReadAlso =
    [
        // Arabic.
        "اقرأ أيضا*", "اقرأ كذلك*", "اقرأ المزيد", "شاهد أيضا*", "طالع أيضا*", "تابع أيضا*",
        "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "قصص ذات صلة", "ذات صلة", "أخبار متعلقة", "موضوعات متعلقة",
        "اخترنا لك", "قد يعجبك", "قد يعجبك أيضا", "الأكثر قراءة",
        // Persian.
        "همچنین بخوانید*", "بیشتر بخوانید*", "بخوانید", "مطالب مرتبط", "اخبار مرتبط", "خبرهای مرتبط",
        "پیشنهاد ما", "پیشنهاد سردبیر", "پیشنهاد ویژه",
        // English.
        "Read also*", "Read more", "Read next", "Also read", "See also", "See more", "Don't miss", "Don’t miss", "Dont miss",
        "Must read", "Related", "Related article", "Related articles", "Related stories", "Related coverage", "Related news",
        "Related post", "Related posts", "More on this", "More on this story", "Recommended", "You may also like",
        "You might also like", "You may also enjoy", "You might also enjoy", "More stories", "Recent articles", "Recent posts",
        "Recent stories", "Popular this week", "Most popular", "Most read", "More",
        // French, Spanish, Portuguese, German.
        "Lire aussi*", "À lire aussi*", "A lire aussi*", "Lire également*", "Voir aussi", "Sur le même sujet",
        "Leer también*", "Lee también*", "Lea también", "Te puede interesar", "Noticias relacionadas",
        "Leia também*", "Leia mais", "Veja também*", "Lesen Sie auch*", "Mehr zum Thema",
        // Russian, Ukrainian.
        "Читайте также*", "Читайте ещё", "Читайте еще", "Читайте також", "Смотрите также*", "По теме", "Материалы по теме",
        "Новости по теме", "Ещё по теме", "Еще по теме", "Рекомендуем",
        // Turkish.
        "Ayrıca okuyun*", "İlgili haberler", "Ayrıca bakınız", "İlginizi çekebilir",
        // Chinese (simplified and traditional), Japanese, Korean.
        "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "相关新闻", "相關新聞", "相关报道", "相關報導", "相关链接", "推荐阅读", "推薦閱讀",
        "関連記事", "관련기사",
    ];

    public static readonly IReadOnlyList<string> Tags =
    [
        "كلمات دلالية*", "الكلمات الدلالية*", "الكلمات المفتاحية*", "كلمات مفتاحية*", "الوسوم", "وسوم",
        "Tags", "Tagged", "Topics", "Keywords", "Теги", "Метки", "Ключевые слова",
        "برچسب‌ها*", "برچسب", "کلیدواژه‌ها", "کلید واژه‌ها",
        "标签", "关键词", "關鍵詞", "Mots-clés", "Mots clés", "Etiquetas", "Palabras clave",
        "Schlagwörter", "Schlagworte", "Etiketler", "Anahtar kelimeler",
    ];

    /// <summary>The phrase as compared: folded, without its '*'.</summary>
    public static string Folded(string phrase) => TextFolding.Fold(phrase.TrimEnd('*'));

    /// <summary>Whether a plain space may follow the phrase in pasted text.</summary>
    public static bool SpaceAllowed(string phrase) => phrase.EndsWith('*');
}
