using System.Globalization;
using System.Text;

namespace Gist.Testing.Media;

/// <summary>
/// The smallest PDF a scanner could make: pages each showing the same JPEG (an image XObject with /DCTDecode, ISO 32000-1
/// §8.9.5), no fonts, no text; the cross-reference table holds the real offsets.
/// </summary>
internal static class ScannedPdfWriter
{
    public static byte[] Write(byte[] jpeg, int width, int height, int pages)
    {
        var content = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"q {width} 0 0 {height} 0 0 cm /Im0 Do Q"));
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        Write(pdf, "%PDF-1.4\n");
        // Objects: 1 catalog, 2 page tree, 3 the image, then a page (4, 6, …) and its content stream (5, 7, …) per page.
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => string.Create(CultureInfo.InvariantCulture, $"{4 + (2 * i)} 0 R")));
        Object(pdf, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(pdf, offsets, string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"));
        Stream(pdf, offsets, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>"), jpeg);
        for (var page = 0; page < pages; page++)
        {
            Object(pdf, offsets, string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /XObject << /Im0 3 0 R >> >> /Contents {offsets.Count + 2} 0 R >>"));
            Stream(pdf, offsets, string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>"), content);
        }

        var xref = pdf.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(pdf, table.ToString());
        return pdf.ToArray();
    }

    private static void Object(MemoryStream pdf, List<long> offsets, string body)
    {
        offsets.Add(pdf.Position);
        Write(pdf, string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n"));
    }

    private static void Stream(MemoryStream pdf, List<long> offsets, string dictionary, byte[] data)
    {
        offsets.Add(pdf.Position);
        Write(pdf, string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{dictionary}\nstream\n"));
        pdf.Write(data);
        Write(pdf, "\nendstream\nendobj\n");
    }

    private static void Write(MemoryStream pdf, string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
}
