using FsCheck;
using FsCheck.Fluent;

namespace Gist.Rendering.Tests.Support;

/// <summary>Model output or article text: words of every script, emoji, stray markup, random code points.</summary>
public sealed record MessyText(string Value)
{
    public override string ToString() => Show.Literal(Value);
}

/// <summary>Text whose every grapheme is short and starts a word piece: a split never needs to break one.</summary>
public sealed record GraphemeSafeText(string Value)
{
    public override string ToString() => Show.Literal(Value);
}

/// <summary>A limit to split at: tiny ones make many splits out of short texts.</summary>
public sealed record SplitLimit(int Value);

/// <summary>FsCheck arbitraries for the rendering properties.</summary>
public static class Generators
{
    private static Gen<string> Word(bool graphemeSafe) => graphemeSafe
        ? Gen.Elements(TextPools.Words)
        : Gen.Frequency(
            (12, Gen.Elements(TextPools.Words)),
            (2, Gen.Elements(TextPools.Broken)),
            (3, RandomCodePoints()));

    /// <summary>Any Unicode scalar value: combining marks, controls, unassigned, astral.</summary>
    private static Gen<string> RandomCodePoints() =>
        Gen.Choose(1, 0x10FFFE)
            .Where(cp => cp is < 0xD800 or > 0xDFFF)
            .Select(char.ConvertFromUtf32)
            .ArrayOf()
            .Select(string.Concat);

    private static Gen<string> Text(bool graphemeSafe) =>
        Gen.Sized(size =>
            Gen.Choose(0, size * 8)
                .SelectMany(count => Gen.Zip(Word(graphemeSafe), Gen.Elements(TextPools.Separators))
                    .Select(pair => pair.Item1 + pair.Item2)
                    .ArrayOf(count))
                .Select(string.Concat));

    public static Arbitrary<MessyText> Messy() => Text(graphemeSafe: false).Select(t => new MessyText(t)).ToArbitrary();

    public static Arbitrary<GraphemeSafeText> GraphemeSafe() =>
        Text(graphemeSafe: true).Select(t => new GraphemeSafeText(t)).ToArbitrary();

    public static Arbitrary<SplitLimit> Limit() =>
        Gen.Elements(16, 17, 40, 100, 333, TelegramHtml.CaptionLimit, TelegramHtml.MessageLimit)
            .Select(l => new SplitLimit(l)).ToArbitrary();
}
