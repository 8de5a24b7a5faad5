using Gist.Core.Abstractions;
using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Telegram.Articles;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Handlers;

/// <summary>
/// A reply to one of the bot's summaries is a question about that article: answered from the article only,
/// saying so when the article does not contain the answer.
/// </summary>
public sealed class FollowUpQuestionHandler(
    IArticleStore articles,
    IArticleQuestionAnswerer answerer,
    AnswerRenderer renderer,
    ReplySender replies,
    ChannelFollowOffer follow,
    Articles.ArticleArchive archive,
    ILogger<FollowUpQuestionHandler> logger) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Content, costsModelCall: true);

    public bool CanHandle(UpdateContext context) =>
        context.Message?.Text is { Length: > 0 } && Addressing.IsReplyToBot(context) && context.Message.ForwardOrigin is null;

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var repliedTo = context.Message!.ReplyToMessage!.MessageId;
        var articleId = await articles.FindByMessageAsync(context.ChatId, repliedTo, cancellationToken);
        var article = articleId is { } id ? await articles.GetAsync(id, cancellationToken) : null;
        if (article is null)
        {
            await replies.SayAsync("That message is not one of my summaries, so I have no article to answer from. Reply to a summary, or send the article again.", cancellationToken);
            return;
        }

        var question = Addressing.TextWithoutMention(context);
        await replies.ShowStatusAsync(StatusMessages.Answering, cancellationToken);
        Core.Summaries.ArticleAnswer answer;
        await using (TypingIndicator.Start(replies, logger, cancellationToken))
        {
            answer = await answerer.AnswerAsync(article, question, context.Settings.OutputLanguage, cancellationToken);
        }

        await archive.AddAnswerAsync(context.ChatId, articleId!.Value, question, answer, cancellationToken);

        // An answer about a post forwarded from a public channel offers that channel for the digest, as the summary did.
        var keyboard = follow.For(article) is { } channel ? new InlineKeyboardMarkup(ChannelFollowOffer.Button(channel)) : null;
        var messageIds = await replies.DeliverAsync(renderer.Render(answer.Answer, answer.FoundInArticle, answer.Quotes), keyboard, cancellationToken);
        foreach (var messageId in messageIds)
        {
            // A reply to the answer is a further question about the same article.
            await articles.LinkMessageAsync(context.ChatId, messageId, articleId!.Value, cancellationToken);
        }
    }
}
