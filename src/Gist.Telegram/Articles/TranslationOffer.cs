using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Articles;

/// <summary>
/// The "Full translation" button under a summary, offered only when there is something to translate: never for an
/// article already in the answer language (an English article for an English reader).
/// </summary>
public static class TranslationOffer
{
    public const string ButtonText = "Full translation";

    /// <summary>The keyboard with the button, or null when the article is already in <paramref name="outputLanguage"/>.</summary>
    public static InlineKeyboardMarkup? For(long articleId, string? articleLanguage, string outputLanguage) =>
        IsSameLanguage(articleLanguage, outputLanguage)
            ? null
            : new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(ButtonText, ArticleResponder.TranslateCallbackPrefix + articleId));

    /// <summary>Whether two language codes name one language ("en" and "en-GB" do); an unknown one ("und") never matches.</summary>
    public static bool IsSameLanguage(string? a, string? b) =>
        Primary(a) is { } x && Primary(b) is { } y && x != "und" && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    private static string? Primary(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        var cut = trimmed.IndexOfAny(['-', '_']);
        return cut > 0 ? trimmed[..cut] : trimmed;
    }
}
