using System.Globalization;
using System.Text;
using Gist.Extraction.Budgets;
using UglyToad.PdfPig;
using ParsingOptions = Gist.Extraction.Budgets.ParsingOptions;

namespace Gist.Extraction.Documents;

/// <summary>
/// PDF → text (page by page, lines kept), title and creation date from the document information dictionary.
/// The file is measured first (<see cref="PdfBudget"/>); pages are read one at a time, at most
/// <see cref="ParsingOptions.MaxPdfPages"/>, and the token is checked between them.
/// </summary>
public static class PdfText
{
    /// <summary>Text beyond this many characters is not read (far more than the model is ever sent).</summary>
    public const int MaxCharacters = 1_000_000;

    public static (string Text, string? Title, DateTimeOffset? Created, bool Partial) Read(byte[] pdf, ParsingOptions limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        PdfBudget.Check(pdf, limits, cancellationToken);
        using var document = PdfDocument.Open(pdf);
        var sb = new StringBuilder();
        var pages = Math.Min(document.NumberOfPages, limits.MaxPdfPages);
        var partial = document.NumberOfPages > pages;
        for (var number = 1; number <= pages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sb.Length > MaxCharacters)
            {
                partial = true;
                break;
            }

            var page = document.GetPage(number);
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key))
            {
                sb.AppendJoin(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Append('\n');
            }
        }

        var info = document.Information;
        return (sb.ToString(), string.IsNullOrWhiteSpace(info.Title) ? null : info.Title.Trim(), ParsePdfDate(info.CreationDate), partial);
    }

    /// <summary>PDF dates are "D:YYYYMMDDHHmmSSOHH'mm'" (ISO 32000-1 §7.9.4).</summary>
    public static DateTimeOffset? ParsePdfDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.Trim();
        if (s.StartsWith("D:", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        var digits = new string(s.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length < 8)
        {
            return null;
        }

        digits = digits.PadRight(14, '0')[..14];
        var offset = TimeSpan.Zero;
        var rest = s[Math.Min(s.Length, s.TakeWhile(char.IsAsciiDigit).Count())..].Replace("'", string.Empty, StringComparison.Ordinal);
        if (rest.Length >= 3 && rest[0] is '+' or '-' && int.TryParse(rest.AsSpan(1, 2), CultureInfo.InvariantCulture, out var hours))
        {
            var minutes = rest.Length >= 5 && int.TryParse(rest.AsSpan(3, 2), CultureInfo.InvariantCulture, out var m) ? m : 0;
            offset = new TimeSpan(hours, minutes, 0) * (rest[0] == '-' ? -1 : 1);
        }

        // A UTC offset is at most ±14:00 (DateTimeOffset refuses more); a file claiming more is read as UTC rather
        // than refused as damaged for a date's sake.
        if (offset.Duration() > TimeSpan.FromHours(14) || offset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            offset = TimeSpan.Zero;
        }

        return DateTime.TryParseExact(digits, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, offset)
            : null;
    }
}
