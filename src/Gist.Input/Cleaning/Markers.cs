namespace Gist.Input.Cleaning;

/// <summary>
/// The phrases that mark lines the cleaner removes or turns into metadata. A trailing '*' lets a phrase be
/// followed by a plain space; without it a separator (":", "-", "|"…) or the end of the line must follow.
/// </summary>
internal static class Markers
{
    /// <summary>Opens a related-articles block: the block and everything after it is another article.</summary>
    public static readonly MarkerPhrases ReadAlso = new(
        "إقرأ أيضاً*", "اقرأ أيضا*", "اقرأ أيضًا*", "اقرأ كذلك*", "إقرأ المزيد", "اقرأ المزيد", "شاهد أيضا*", "طالع أيضا*",
        "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "أخبار متعلقة", "موضوعات متعلقة",
        "Read also*", "Read more", "Also read", "Related", "Related articles", "Related stories", "Related news",
        "More on this story", "See also", "You may also like", "Recommended",
        "Lire aussi*", "À lire aussi*", "A lire aussi*", "Lire également*", "Sur le même sujet",
        "Leer también*", "Lee también*", "Te puede interesar", "Noticias relacionadas",
        "Читайте также*", "Смотрите также*", "По теме", "Leia também*", "Veja também*", "Lesen Sie auch*", "Mehr zum Thema",
        "همچنین بخوانید*", "بیشتر بخوانید*", "مطالب مرتبط", "اخبار مرتبط",
        "相关阅读", "延伸阅读", "相关新闻", "推荐阅读", "Ayrıca okuyun*", "İlgili haberler", "Ayrıca bakınız");

    public static readonly MarkerPhrases Tags = new(
        "كلمات دلالية*", "الكلمات الدلالية*", "الكلمات المفتاحية*", "كلمات مفتاحية*", "الوسوم", "وسوم",
        "Tags", "Tagged", "Topics", "Keywords", "Теги", "Метки", "Ключевые слова", "برچسب‌ها*", "برچسب ها*", "برچسب",
        "کلیدواژه‌ها", "کلید واژه ها", "标签", "关键词", "Mots-clés", "Mots clés", "Etiquetas", "Palabras clave",
        "Schlagwörter", "Schlagworte", "Etiketler", "Anahtar kelimeler");

    /// <summary>Only tried on short lines: a sentence that merely contains "share" is article text.</summary>
    public static readonly MarkerPhrases Share = new(
        "شارك*", "شاركها", "شارك الخبر*", "مشاركة", "تابعونا*", "تابعوا*", "تابع أحدث الأخبار*", "اشترك*", "للاشتراك*",
        "انضم*", "انضموا*", "قناتنا*", "کانال ما*", "به کانال*", "عضویت در کانال*", "Присоединяйтесь*", "Наш Telegram*",
        "Join us*",
        "Share", "Share this*", "Share on*", "Share via*", "Subscribe*", "Follow us*", "Sign up*", "Join our*",
        "Подписывайтесь*", "Подпишитесь*", "Подписаться*", "Поделиться*", "Наш канал*",
        "اشتراک*", "اشتراک گذاری*", "ما را دنبال کنید*", "عضو شوید*", "分享", "关注我们", "订阅",
        "Partager*", "Suivez-nous*", "Abonnez-vous*", "Compartir*", "Síguenos*", "Suscríbete*", "Teilen", "Folgen Sie uns*",
        "Compartilhe*", "Siga-nos*", "Paylaş", "Takip edin");

    /// <summary>Words that make up a "Facebook Twitter WhatsApp" share bar.</summary>
    public static readonly HashSet<string> ShareBarWords = new(
        new[]
        {
            "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail", "print", "copy", "link",
            "reddit", "pinterest", "vk", "viber", "messenger", "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "تلغرام",
            "تيليجرام", "طباعة", "نسخ", "الرابط", "بريد", "فيسبوک", "توییتر", "تلگرام",
        }.Select(Folding.Fold),
        StringComparer.Ordinal);

    /// <summary>A publication date: it becomes <see cref="CleanedText.Published"/>.</summary>
    public static readonly MarkerPhrases Published = new(
        "تاريخ النشر*", "نشر في*", "نشر بتاريخ*", "تاريخ الخبر*", "Published*", "Published on*", "Posted*", "Posted on*",
        "Date", "Опубликовано*", "Дата публикации*", "Дата", "تاریخ انتشار*", "منتشر شده*", "تاریخ", "发布时间", "发布日期",
        "发表时间", "Publié le*", "Publié*", "Publicado*", "Publicado el*", "Veröffentlicht*", "Veröffentlicht am*",
        "Publicado em*", "Yayınlanma*");

    /// <summary>A later revision date: removed, not used as the publication date.</summary>
    public static readonly MarkerPhrases Updated = new(
        "آخر تحديث*", "تاريخ التحديث*", "تم التحديث*", "Updated*", "Last updated*", "Обновлено*", "آخرین به‌روزرسانی*",
        "به روز شده*", "更新时间", "Mis à jour*", "Actualizado*", "Aktualisiert*", "Atualizado*", "Güncelleme*");

    public static readonly MarkerPhrases Source = new(
        "المصدر", "مصدر", "المصادر", "Source", "Sources", "Источник", "Источники", "منبع", "منابع", "来源", "消息来源",
        "Fuente", "Quelle", "Fonte", "Kaynak");
}
