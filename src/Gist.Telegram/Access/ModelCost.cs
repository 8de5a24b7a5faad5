using Gist.Telegram.Handlers;

namespace Gist.Telegram.Access;

/// <summary>The handlers whose work may call the model (summaries, translations, answers): these count toward the daily quota.</summary>
public static class ModelCost
{
    private static readonly HashSet<Type> Costly =
    [
        typeof(PastedTextHandler),
        typeof(LinkMessageHandler),
        typeof(ForwardedPostHandler),
        typeof(DocumentHandler),
        typeof(Media.ImageMessageHandler),
        typeof(Media.SpeechMessageHandler),
        typeof(SummarizeCommandHandler),
        typeof(FollowUpQuestionHandler),
        typeof(TranslationButtonHandler),
    ];

    public static bool Of(IUpdateHandler handler) => Costly.Contains(handler.GetType());
}
