using System.Text;
using Gist.Rendering.Html;
using Gist.Rendering.Splitting;

namespace Gist.Rendering;

/// <summary>
/// Packs blocks of Telegram HTML into as few messages as fit the Bot API's length limit (4096 UTF-16 units of
/// visible text for a message, 1024 for a caption). Blocks stay whole when they fit; a block that cannot fit
/// alone is cut at the best boundary (blank line, line, sentence, space, grapheme, code point), never inside a
/// tag, an entity or a surrogate pair, and formatting open at the cut is closed and reopened so every part is
/// balanced HTML on its own. No part is empty or only whitespace.
/// </summary>
public sealed class MessageSplitter
{
    /// <summary>Below this a part could not hold a line of text plus the tags reopened around it.</summary>
    public const int MinimumLimit = 16;

    private readonly int limit;
    private readonly int rawLimit;
    private readonly string separator;
    private readonly int separatorVisible;

    /// <param name="visibleLimit">Most visible UTF-16 units per part: <see cref="TelegramHtml.MessageLimit"/> or <see cref="TelegramHtml.CaptionLimit"/>.</param>
    /// <param name="rawLimit">Most raw HTML characters per part (tags and entities included); default four times the
    /// visible limit, and at least 1024 so the tags reopened around a cut always leave room for text.</param>
    /// <param name="separator">Put between blocks that share a part; default a blank line.</param>
    public MessageSplitter(int visibleLimit = TelegramHtml.MessageLimit, int? rawLimit = null, string separator = "\n\n")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(visibleLimit, MinimumLimit);
        this.limit = visibleLimit;
        this.rawLimit = rawLimit ?? Math.Max(visibleLimit * 4, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(this.rawLimit, visibleLimit, nameof(rawLimit));
        this.separator = separator;
        this.separatorVisible = BlockMeasure.Of(separator).Visible;
    }

    public int VisibleLimit => this.limit;

    /// <summary>Splits one fragment of balanced HTML.</summary>
    public IReadOnlyList<string> Split(string html) => Split([html]);

    /// <summary>
    /// Packs the blocks, in order, into parts. Blocks that hold only whitespace are skipped.
    /// </summary>
    /// <exception cref="ArgumentException">A block is not balanced Telegram HTML (unknown tag, unclosed tag, or
    /// a '&lt;', '&gt;' or '&amp;' left unescaped).</exception>
    public IReadOnlyList<string> Split(IEnumerable<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var packer = new Packer(this);
        foreach (var block in blocks)
        {
            if (string.IsNullOrEmpty(block))
            {
                continue;
            }

            var measure = BlockMeasure.Of(block);
            if (measure.HasContent)
            {
                packer.Add(block, measure);
            }
        }

        return packer.Finish();
    }

    /// <summary>The part being filled and the parts already full.</summary>
    private sealed class Packer(MessageSplitter splitter)
    {
        private readonly List<string> parts = [];
        private readonly StringBuilder current = new();
        private int visible;

        public void Add(string block, BlockMeasure measure)
        {
            var separatorVisible = current.Length == 0 ? 0 : splitter.separatorVisible;
            var separatorRaw = current.Length == 0 ? 0 : splitter.separator.Length;
            if (this.visible + separatorVisible + measure.Visible <= splitter.limit
                && current.Length + separatorRaw + measure.Raw <= splitter.rawLimit)
            {
                Append(block, measure.Visible);
            }
            else if (measure.Visible <= splitter.limit && measure.Raw <= splitter.rawLimit)
            {
                Flush();
                Append(block, measure.Visible);
            }
            else
            {
                AddOversized(block);
            }
        }

        public IReadOnlyList<string> Finish()
        {
            Flush();
            return parts;
        }

        private void AddOversized(string block)
        {
            var units = BlockUnits.Build(block);
            var open = new List<int>();
            for (var start = 0; start < units.Count;)
            {
                // A part less than half full takes the beginning of the block; a fuller one is sent as it is.
                var sharing = current.Length > 0 && this.visible * 2 < splitter.limit;
                if (!sharing)
                {
                    Flush();
                }

                var usedVisible = sharing ? this.visible + splitter.separatorVisible : 0;
                var usedRaw = sharing ? current.Length + splitter.separator.Length : 0;
                var end = BlockCutter.NextCut(units, open, start, splitter.limit - usedVisible, splitter.rawLimit - usedRaw);
                var piece = PartAssembler.Assemble(block, units, open, start, end);
                Append(piece, TelegramHtml.VisibleLength(piece));
                if (end < units.Count)
                {
                    Flush();
                }

                for (var i = start; i < end; i++)
                {
                    if (units[i].Kind == HtmlTokenKind.OpenTag) { open.Add(i); }
                    else if (units[i].Kind == HtmlTokenKind.CloseTag) { open.RemoveAt(open.Count - 1); }
                }

                start = end;
            }
        }

        private void Append(string html, int visible)
        {
            if (html.Length == 0)
            {
                return;
            }

            if (current.Length > 0)
            {
                current.Append(splitter.separator);
                this.visible += splitter.separatorVisible;
            }

            current.Append(html);
            this.visible += visible;
        }

        private void Flush()
        {
            if (current.Length > 0)
            {
                this.parts.Add(current.ToString());
                current.Clear();
                this.visible = 0;
            }
        }
    }
}
