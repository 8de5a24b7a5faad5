using Gist.Telegram.Handlers;

namespace Gist.Telegram.Access;

/// <summary>The handlers whose work may call the model (summaries, translations, answers): these count toward the daily quota.</summary>
public static class ModelCost
{
    public static bool Of(IInputHandler handler) => handler.Description.CostsModelCall;
}
