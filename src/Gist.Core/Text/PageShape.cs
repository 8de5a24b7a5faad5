namespace Gist.Core.Text;

/// <summary>What a text that is not an article looks like instead.</summary>
public enum PageShape
{
    /// <summary>Running text: sentences a summary can be made of.</summary>
    Article,

    /// <summary>Rows of figures (a price list, a results table).</summary>
    Table,

    /// <summary>A list of links or headlines (an index, a section front, a search result page).</summary>
    LinkList,

    /// <summary>A page asking to sign in or subscribe before it shows anything.</summary>
    LoginWall,

    /// <summary>Almost no text of its own (a homepage, a contact page).</summary>
    NoText,
}
