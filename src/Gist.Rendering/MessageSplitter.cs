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

    private readonly int _limit;
    private readonly int _rawLimit;
    private readonly string _separator;
    private readonly int _separatorVisible;

    /// <param name="visibleLimit">Most visible UTF-16 units per part: <see cref="TelegramHtml.MessageLimit"/> or <see cref="TelegramHtml.CaptionLimit"/>.</param>
    /// <param name="rawLimit">Most raw HTML characters per part (tags and entities included); default four times the
    /// visible limit, and at least 1024 so the tags reopened around a cut always leave room for text.</param>
    /// <param name="separator">Put between blocks that share a part; default a blank line.</param>
    public MessageSplitter(int visibleLimit = TelegramHtml.MessageLimit, int? rawLimit = null, string separator = "\n\n")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(visibleLimit, MinimumLimit);
        _limit = visibleLimit;
        _rawLimit = rawLimit ?? Math.Max(visibleLimit * 4, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(_rawLimit, visibleLimit, nameof(rawLimit));
        _separator = separator;
        _separatorVisible = BlockMeasure.Of(separator).Visible;
    }

    public int VisibleLimit => _limit;

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
        private readonly List<string> _parts = [];
        private readonly StringBuilder _current = new();
        private int _visible;

        public void Add(string block, BlockMeasure measure)
        {
            var separatorVisible = _current.Length == 0 ? 0 : splitter._separatorVisible;
            var separatorRaw = _current.Length == 0 ? 0 : splitter._separator.Length;
            if (_visible + separatorVisible + measure.Visible <= splitter._limit
                && _current.Length + separatorRaw + measure.Raw <= splitter._rawLimit)
            {
                Append(block, measure.Visible);
            }
            else if (measure.Visible <= splitter._limit && measure.Raw <= splitter._rawLimit)
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
            return _parts;
        }

        private void AddOversized(string block)
        {
            var units = BlockUnits.Build(block);
            var open = new List<int>();
            for (var start = 0; start < units.Count;)
            {
                // A part less than half full takes the beginning of the block; a fuller one is sent as it is.
                var sharing = _current.Length > 0 && _visible * 2 < splitter._limit;
                if (!sharing)
                {
                    Flush();
                }

                var usedVisible = sharing ? _visible + splitter._separatorVisible : 0;
                var usedRaw = sharing ? _current.Length + splitter._separator.Length : 0;
                var end = BlockCutter.NextCut(units, open, start, splitter._limit - usedVisible, splitter._rawLimit - usedRaw);
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

            if (_current.Length > 0)
            {
                _current.Append(splitter._separator);
                _visible += splitter._separatorVisible;
            }

            _current.Append(html);
            _visible += visible;
        }

        private void Flush()
        {
            if (_current.Length > 0)
            {
                _parts.Add(_current.ToString());
                _current.Clear();
                _visible = 0;
            }
        }
    }
}
