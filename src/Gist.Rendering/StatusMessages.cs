using System.Globalization;
using Gist.Core.Text;
using Gist.Rendering.Text;

namespace Gist.Rendering;

/// <summary>
/// The short texts the bot sends as placeholders and errors, in one place. All are Telegram HTML, safe to send
/// with parse_mode HTML: constants hold no markup characters, and methods escape what they are given.
/// </summary>
public static class StatusMessages
{
    public const string ReadingArticle = "Reading the article…";
    public const string ReadingDocument = "Reading the document…";
    public const string Summarizing = "Summarizing…";
    public const string Translating = "Translating the article…";
    public const string Answering = "Looking for the answer in the article…";

    public const string EmptyText = "There is no text to summarize. Paste an article, send a link, or forward a post.";
    public const string NoArticleInMessage = "I found no article in this message: paste its text, send a link, or forward a post.";
    public const string BinaryFile = "This file holds no readable text.";
    public const string ArticleExpired = "I no longer have the article behind that message. Send it again to ask about it.";
    public const string NotAllowed = "This bot is private. Ask its operator for access.";
    public const string SomethingWentWrong = "Something went wrong while handling your message. Please try again in a minute.";

    public static string FetchingLinks(int count) => count == 1
        ? "Fetching the link…"
        : $"Fetching {Number(count)} links…";

    public static string TooManyLinks(int found, int read) =>
        $"Your message has {Number(found)} links; I read the first {Number(read)}.";

    public static string TextTooLong(int length, int limit) =>
        $"This text is {Number(length)} characters long, over the limit of {Number(limit)}. Send a shorter part or a link to the article.";

    public static string FileTooLarge(long bytes, long limitBytes) =>
        $"This file is {Megabytes(bytes)}; I can read files up to {Megabytes(limitBytes)}.";

    public static string UnsupportedFile(string? fileName) =>
        $"I can read .txt and .html files{(string.IsNullOrWhiteSpace(fileName) ? "" : "; " + TelegramHtml.Escape(Bidi.Isolate(fileName.Trim())) + " is not one of them")}.";

    /// <summary>A link that could not be read, with the reason (for example <c>ArticleUnavailableException.UserMessage</c>).</summary>
    public static string LinkFailed(string url, string reason) =>
        $"Could not read {TelegramHtml.Escape(url)}: {TelegramHtml.Escape(reason)}";

    /// <summary>A reason already worded for the chat, escaped.</summary>
    public static string Problem(string userMessage) => TelegramHtml.Escape(userMessage);

    public static string UnsupportedLanguage(string code) =>
        $"I cannot summarize text in {TelegramHtml.Escape(LanguageNames.NameOf(code) ?? "this language")} yet.";

    /// <summary>Said once to a user over the rate limit: nothing is dropped, the answers come in order.</summary>
    public static string RateLimited(TimeSpan retryAfter) =>
        $"You are sending messages faster than I can read them. I will answer each one in order; the next in about {Number(Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)))} seconds. Settings and /help are answered at once.";

    public static string DailyQuotaReached(int quota) =>
        $"You have used today's {Number(quota)} summaries. The quota renews tomorrow.";

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
