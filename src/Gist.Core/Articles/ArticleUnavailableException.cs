namespace Gist.Core.Articles;

/// <summary>An article could not be had; <see cref="UserMessage"/> says why, in words fit for the chat.</summary>
public sealed class ArticleUnavailableException : Exception
{
    public ArticleUnavailableException(ArticleUnavailableReason reason, string userMessage, Exception? inner = null)
        : base(userMessage, inner)
    {
        Reason = reason;
        UserMessage = userMessage;
    }

    public ArticleUnavailableReason Reason { get; }

    public string UserMessage { get; }

    /// <summary>Worth trying again later (a timeout or a 5xx), as opposed to a refusal or a 404.</summary>
    public bool IsTransient => Reason is ArticleUnavailableReason.Timeout or ArticleUnavailableReason.NetworkError;
}
