using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Gist.Testing.Hostile;

/// <summary>
/// Writes a small, valid one-page PDF (ISO 32000-1: catalog, page tree, one page, Helvetica, an information
/// dictionary, a cross-reference table with exact offsets) around a given content stream, Flate-compressed or not.
/// </summary>
public static class PdfFile
{
    public static byte[] Write(Action<Stream> content, bool compress, string? creationDate = "D:20231109120000Z", string title = "Report")
    {
        ArgumentNullException.ThrowIfNull(content);
        if (compress)
        {
            return WithStream(PdfStreamEncoder.Flate(content), "/Filter /FlateDecode", creationDate, title);
        }

        using var data = new MemoryStream();
        content(data);
        return WithStream(data.ToArray(), "", creationDate, title);
    }

    /// <summary>
    /// The same PDF around content bytes already encoded: <paramref name="filter"/> is the stream dictionary's filter
    /// entry as written ("/Filter [/ASCII85Decode /FlateDecode]", or "/Filter 7 0 R" with
    /// <paramref name="filterObject"/> as object 7).
    /// </summary>
    public static byte[] WithStream(byte[] data, string filter, string? creationDate = "D:20231109120000Z", string title = "Report", string? filterObject = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(output.Position);
            Text($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Text("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(output.Position);
        Text($"4 0 obj\n<< /Length {data.Length} {filter} >>\nstream\n");
        output.Write(data);
        Text("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        Object($"<< /Title ({title}){(creationDate is null ? "" : $" /CreationDate ({creationDate})")} >>");
        if (filterObject is not null)
        {
            Object(filterObject);
        }
        var xref = output.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Text(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Lines of text shown top to bottom, one Tj each.</summary>
    public static void Lines(Stream stream, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var content = new StringBuilder("BT /F1 11 Tf 14 TL 56 760 Td\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        }

        content.Append("ET\n");
        stream.Write(Encoding.ASCII.GetBytes(content.ToString()));
    }
}
