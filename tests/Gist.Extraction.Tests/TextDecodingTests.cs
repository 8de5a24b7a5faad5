using System.Text;
using Gist.Extraction.Decoding;

namespace Gist.Extraction.Tests;

public class TextDecodingTests
{
    private const string Arabic = "قال وزير الخارجية الأمريكي أنتوني بلينكن، اليوم الخميس، إنه يشارك كوريا الجنوبية مخاوفها بشأن التعاون العسكري المتزايد بين كوريا الشمالية وروسيا";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Header_charset_decides_windows_1256() =>
        Assert.Equal(Arabic, TextDecoding.Decode(Encoding.GetEncoding(1256).GetBytes(Arabic), "windows-1256", sniffMeta: false));

    [Fact]
    public void Bom_wins_over_a_wrong_header()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Arabic)).ToArray();
        Assert.Equal(Arabic, TextDecoding.Decode(bytes, "windows-1252", sniffMeta: false));
    }

    [Fact]
    public void Meta_charset_is_read_when_the_header_is_silent()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\"></head><body><p>{Arabic}</p></body></html>";
        var decoded = TextDecoding.Decode(Encoding.GetEncoding("iso-8859-6").GetBytes(html), null, sniffMeta: true);
        Assert.Contains(Arabic, decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlabelled_windows_1256_is_detected()
    {
        var text = string.Join('\n', Enumerable.Repeat(Arabic, 5));
        Assert.Equal(text, TextDecoding.Decode(Encoding.GetEncoding(1256).GetBytes(text), null, sniffMeta: true));
    }

    [Fact]
    public void Unlabelled_utf8_stays_utf8() =>
        Assert.Equal(Arabic, TextDecoding.Decode(Encoding.UTF8.GetBytes(Arabic), null, sniffMeta: true));

    [Fact]
    public void Bad_bytes_become_replacement_characters_not_exceptions()
    {
        var bytes = Encoding.UTF8.GetBytes("good ").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80 }).Concat(Encoding.UTF8.GetBytes(" text")).ToArray();
        var decoded = TextDecoding.Decode(bytes, "utf-8", sniffMeta: false);
        Assert.StartsWith("good ", decoded, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', decoded);
    }

    [Fact]
    public void Unknown_label_falls_back_to_detection() =>
        Assert.Equal(Arabic, TextDecoding.Decode(Encoding.UTF8.GetBytes(Arabic), "x-no-such-charset", sniffMeta: false));
}
