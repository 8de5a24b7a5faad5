namespace Gist.Core.Storage;

public interface IChatSettingsStore
{
    /// <summary>The chat's settings, or the defaults for a chat never seen.</summary>
    Task<ChatSettings> GetAsync(long chatId, CancellationToken cancellationToken);

    Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken);
}
