using Gist.Core.Articles;
using Gist.Core.Text;
using Gist.Input;
using Gist.Telegram.Articles;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Handlers;

/// <summary>Pasted article text → summary. Too short, too long or empty text gets a specific reply.</summary>
public sealed class PastedTextHandler(
    PastedArticleFactory factory,
    ArticleResponder responder,
    ReplySender replies,
    IOptions<TelegramOptions> options) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Content, costsModelCall: true);

    /// <summary>Sentences that make a paste shorter than <see cref="TelegramOptions.MinArticleLength"/> an article still.</summary>
    public const int MinSentences = 3;

    public bool CanHandle(UpdateContext context) =>
        context.Message?.Text is not null && Addressing.IsForBot(context);

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var text = Addressing.TextWithoutMention(context);
        var limits = options.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            // Only a mention ("@GistBot"): someone wants to know what the bot does, not to hear that it is empty.
            await replies.SayAsync(context.Bot.IsMentionedIn(context.Text)
                ? "Yes? Paste an article's text or a link after my name, or reply /summarize to a message, and I will summarize it. /help shows everything I do."
                : "The message is empty. Paste an article's text, send a link, or forward a news post.", cancellationToken);
            return;
        }

        if (text.Length > limits.MaxTextLength)
        {
            await replies.SayAsync($"That text is {text.Length:N0} characters long; I read up to {limits.MaxTextLength:N0}. Send a link to the article, or a shorter part of it.", cancellationToken);
            return;
        }

        // A short paste of real sentences (a three-sentence news item) is an article too (issue 13, item 5).
        if (text.Trim().Length < limits.MinArticleLength && PageShapeDetector.CountSentences(text) < MinSentences)
        {
            await replies.SayAsync("That is too short to summarize. Paste a whole article (a few sentences at least), send a link, or forward a news post. To ask about an article, reply to my summary of it.", cancellationToken);
            return;
        }

        if (!ProseCheck.LooksLikeProse(text))
        {
            await replies.SayAsync("I can't find sentences in a language I can read in that message: it is mostly symbols, numbers or emoji. Paste the article's text, or send a link to it.", cancellationToken);
            return;
        }

        if (factory.Create(text, ArticleOrigin.Pasted) is not { } article)
        {
            await replies.SayAsync("Nothing is left of that text once the tags, share lines and related-article lists are removed. Paste the article's body.", cancellationToken);
            return;
        }

        if (PageShapeDetector.Detect(article.Text) is var shape and not PageShape.Article and not PageShape.NoText)
        {
            await replies.SayAsync(NotAnArticle.Pasted(shape), cancellationToken);
            return;
        }

        await responder.RespondAsync(context, article, cancellationToken);
    }
}
