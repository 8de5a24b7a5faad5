namespace Gist.Testing.BotApi;

/// <summary>A parsed HTML start tag: lower-case name and attributes (names lower-cased, values decoded).</summary>
internal sealed record HtmlStartTag(string Name, IReadOnlyDictionary<string, string> Attributes)
{
    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    public bool HasAttribute(string name) => Attributes.ContainsKey(name);
}
