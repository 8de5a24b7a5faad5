using Gist.Core.Text;

namespace Gist.Input.Cleaning;

/// <summary>
/// The phrases that mark lines the cleaner removes or turns into metadata ("read also" and tag phrases are
/// <see cref="MarkerVocabulary"/>'s, shared with the extractor). A trailing '*' lets a phrase be
/// followed by a plain space; without it a separator (":", "-", "|"…) or the end of the line must follow.
/// </summary>
internal static class Markers
{
    /// <summary>Opens a related-articles block: the block and everything after it is another article.</summary>
    public static readonly MarkerPhrases ReadAlso = new([.. MarkerVocabulary.ReadAlso]);

    public static readonly MarkerPhrases Tags = new([.. MarkerVocabulary.Tags]);

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
