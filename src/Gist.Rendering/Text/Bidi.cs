namespace Gist.Rendering.Text;

/// <summary>
/// Right-to-left names inside an English line ("Source: الجزيرة · 2023-11-09") can make the bidi algorithm
/// reorder their neighbours; a first-strong isolate (U+2068 … U+2069, Unicode UAX #9) keeps them in place.
/// </summary>
public static class Bidi
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    /// <summary>Wraps text that holds right-to-left letters in an isolate; returns other text unchanged.</summary>
    public static string Isolate(string text) =>
        ContainsRightToLeft(text) ? FirstStrongIsolate + text + PopDirectionalIsolate : text;

    /// <summary>Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.</summary>
    public static bool ContainsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }
}
