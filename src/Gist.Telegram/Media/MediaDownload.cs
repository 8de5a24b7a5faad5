using Gist.Core.Articles;
using Telegram.Bot;

namespace Gist.Telegram.Media;

/// <summary>getFile + download (https://core.telegram.org/bots/api#getfile), refusing a file whose size getFile
/// reports over the limit before a byte of it is fetched.</summary>
public static class MediaDownload
{
    public static async Task<byte[]> GetAsync(ITelegramBotClient bot, string fileId, long maxBytes, CancellationToken cancellationToken)
    {
        var file = await bot.GetFile(fileId, cancellationToken);
        if (file.FileSize > maxBytes)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.TooLarge,
                $"This file is {MediaLimits.Megabytes(file.FileSize.Value)}; I read files up to {MediaLimits.Megabytes(maxBytes)}.");
        }

        using var buffer = new MemoryStream();
        await bot.DownloadFile(file, buffer, cancellationToken);
        return buffer.ToArray();
    }
}
