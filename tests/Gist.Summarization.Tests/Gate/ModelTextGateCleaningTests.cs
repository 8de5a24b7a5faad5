using Gist.Core.Summaries;
using Gist.Summarization.Gate;
using Gist.Summarization.Tests.Llm;

namespace Gist.Summarization.Tests.Gate;

/// <summary>The gate's cleaning on its own: what Telegram would link and what a reader cannot see.</summary>
public sealed class ModelTextGateCleaningTests
{
    private const string Article = "قال الوزير إن التفاصيل على https://news.example.org/story/42 وعلى قناة @OfficialNews والبريد press@ministry.example.com.";

    private readonly ModelTextGate gate = new(SummarizerFactory.ScriptDetector());
    private readonly ModelTextSource source = ModelTextSource.Of(Article);

    [Theory]
    [InlineData("Details: http://evil.example/phish now.", "Details: hxxp://evil[.]example/phish now.")]
    [InlineData("See HTTPS://evil.example/a.b/c", "See HxxPS://evil[.]example/a[.]b/c")]
    [InlineData("Visit www.evil-news.com today", "Visit www[.]evil-news[.]com today")]
    [InlineData("Join t.me/evilchannel", "Join t[.]me/evilchannel")]
    [InlineData("Follow @evil_channel for more", "Follow [@]evil_channel for more")]
    [InlineData("Write to support@evil.example", "Write to support[@]evil[.]example")]
    [InlineData("Open tg://resolve?domain=evil", "Open tg[:]//resolve?domain=evil")]
    [InlineData("Go to evil.com/login?x=1.", "Go to evil[.]com/login?x=1.")]
    public void An_address_the_source_does_not_have_is_defanged(string model, string shown)
    {
        Assert.Equal(shown, gate.Clean(model, source));
    }

    [Theory]
    [InlineData("The ministry posted it at https://news.example.org/story/42.")]
    [InlineData("The ministry posted it at news.example.org/story/42/ as well.")]
    [InlineData("It is on news.example.org.")]
    [InlineData("Its channel is @OfficialNews and its address press@ministry.example.com.")]
    [InlineData("The U.S. and Mr. Park met at 3.30 p.m. in Seoul; e.g. exe.png and report.pdf.")]
    public void Addresses_the_source_has_and_text_that_only_looks_like_one_stay(string model)
    {
        Assert.Equal(model, gate.Clean(model, source));
    }

    [Fact]
    public void Cleaning_twice_changes_nothing_more()
    {
        const string Model = "Read http://evil.example/x, mail a@evil.example, join @evil_channel \u202Egnp.exe\u202C.";
        var once = gate.Clean(Model, source);

        Assert.Equal(once, gate.Clean(once, source));
        Assert.DoesNotContain(Addresses.Find(once), m => !source.Has(m.Value));
    }

    [Theory]
    [InlineData("Open \u202Egnp.exe\u202C now", "Open gnp.exe now")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee", "abcde")]
    [InlineData("\u2066x\u2069 \u2067y\u2069 \u2068z\u2069", "x y z")]
    [InlineData("ex\u200Be\u200E.\u200Fp\u061Cn\uFEFFg\u2060\u00AD", "exe.png")]
    [InlineData("tag\U000E0041\U000E0042s", "tags")]
    [InlineData("blank\u3164name\u115F", "blankname")]
    [InlineData("bell\u0007 and\u0085 line\u2028next", "bell and line\nnext")]
    public void Bidi_controls_zero_width_and_other_invisible_characters_are_removed(string model, string shown)
    {
        Assert.Equal(shown, gate.Clean(model, ModelTextSource.None));
    }

    [Theory]
    [InlineData("می\u200Cخواهم")]
    [InlineData("👨\u200D👩\u200D👧 family")]
    [InlineData("🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland")]
    [InlineData("tab\tnew\nline")]
    public void Joiners_inside_words_and_emoji_and_subdivision_flags_stay(string model)
    {
        Assert.Equal(model, gate.Clean(model, ModelTextSource.None));
    }

    [Fact]
    public void Joiners_with_nothing_to_join_are_removed()
    {
        Assert.Equal("a b", gate.Clean("\u200Da \u200Cb\u200D", ModelTextSource.None));
    }

    [Fact]
    public void A_summary_passes_every_field_and_evidence_keeps_its_own_addresses()
    {
        var result = new SummaryResult
        {
            Headline = "\u202EOfficials\u202C meet",
            Summary = "See http://evil.example/phish\u200B.",
            Claims = [new Claim("Read www.evil.com", "@evil_channel", "state\u200Bment", "\u202Eقال الوزير إن التفاصيل على https://news.example.org/story/42")],
            SourceLanguage = "ar",
            Engine = SummaryEngine.Llm,
        };

        var passed = gate.Pass(result, source);

        Assert.Equal("Officials meet", passed.Headline);
        Assert.Equal("See hxxp://evil[.]example/phish.", passed.Summary);
        Assert.Equal(new Claim("Read www[.]evil[.]com", "[@]evil_channel", "statement", "قال الوزير إن التفاصيل على https://news.example.org/story/42"), passed.Claims[0]);
    }

    [Fact]
    public void With_no_source_every_address_is_defanged()
    {
        Assert.Equal("hxxps://news[.]example[.]org/story/42", gate.Clean("https://news.example.org/story/42", ModelTextSource.None));
    }
}
