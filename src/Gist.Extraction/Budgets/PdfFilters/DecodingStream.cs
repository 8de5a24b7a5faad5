namespace Gist.Extraction.Budgets.PdfFilters;

/// <summary>
/// A read-only stream that decodes another one a block at a time, so a PDF filter chain can be measured without
/// ever holding a decoded stream in memory. A subclass reads its input with <see cref="NextByte"/> and fills the
/// block it is given; a block is at least <see cref="BlockSize"/> bytes, room for one LZW string (4,096 bytes).
/// </summary>
internal abstract class DecodingStream(Stream source) : Stream
{
    protected const int BlockSize = 16 * 1024;

    private readonly byte[] input = new byte[8 * 1024];
    private readonly byte[] block = new byte[BlockSize];
    private int inputAt;
    private int inputLength;
    private int blockAt;
    private int blockLength;
    private bool ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (blockAt == blockLength)
        {
            if (ended)
            {
                return 0;
            }

            blockAt = 0;
            blockLength = Decode(block);
            ended = blockLength == 0;
        }

        var copied = Math.Min(buffer.Length, blockLength - blockAt);
        block.AsSpan(blockAt, copied).CopyTo(buffer);
        blockAt += copied;
        return copied;
    }

    /// <summary>Decodes the next bytes into <paramref name="destination"/>; 0 means the data has ended.</summary>
    protected abstract int Decode(Span<byte> destination);

    /// <summary>The next input byte, or -1 at the end of the input.</summary>
    protected int NextByte()
    {
        if (inputAt == inputLength)
        {
            inputLength = source.Read(input);
            inputAt = 0;
            if (inputLength <= 0)
            {
                inputLength = 0;
                return -1;
            }
        }

        return input[inputAt++];
    }

    protected static bool IsWhiteSpace(int b) => b is ' ' or '\n' or '\r' or '\t' or '\f' or 0;

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }
}
