namespace Gist.Core.Http;

/// <summary>Reads a response body up to a size cap, for the page fetcher and the feed fetcher alike.</summary>
public static class CappedBody
{
    /// <summary>
    /// The body's bytes (after decompression), or the exception of <paramref name="tooLarge"/> thrown as soon as the
    /// declared length or the bytes read pass <paramref name="maxBytes"/>: a huge body is never read whole.
    /// </summary>
    public static async Task<byte[]> ReadAsync(HttpContent content, int maxBytes, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(tooLarge);
        if (content.Headers.ContentLength > maxBytes)
        {
            throw tooLarge();
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw tooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
