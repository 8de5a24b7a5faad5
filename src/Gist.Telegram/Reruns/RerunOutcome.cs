namespace Gist.Telegram.Reruns;

public enum RerunOutcome
{
    /// <summary>The model answered and its reply replaced the offline one.</summary>
    Replaced,

    /// <summary>The model is still unavailable for a transient reason: try again later.</summary>
    StillUnavailable,

    /// <summary>Nothing more to do (the article is gone, the model refused for good, the chat cannot be written to).</summary>
    GivenUp,
}
