namespace Gist.Rendering.Tests.Support;

/// <summary>The shapes of block the renderers build, to wrap random text in.</summary>
public static class BlockStyles
{
    public const int Count = 10;

    public static string Apply(int style, string text, string other) => (Math.Abs(style) % Count) switch
    {
        0 => TelegramHtml.Escape(text),
        1 => TelegramHtml.Bold(text),
        2 => TelegramHtml.Italic(text) + "\n" + TelegramHtml.Escape(other),
        3 => TelegramHtml.Blockquote(text, expandable: true),
        4 => TelegramHtml.Link("https://example.com/news?id=1&lang=\"ar\"", text),
        5 => TelegramHtml.Code(text),
        6 => TelegramHtml.Pre(text),
        7 => TelegramHtml.BoldHtml(TelegramHtml.Italic(text) + TelegramHtml.Escape(other)),
        8 => TelegramHtml.BlockquoteHtml(TelegramHtml.Bold(text) + "\n" + TelegramHtml.Escape(other)),
        _ => "1. " + TelegramHtml.Escape(text) + "\n" + TelegramHtml.Italic("— " + other) + "\n"
            + TelegramHtml.Blockquote(other),
    };
}
