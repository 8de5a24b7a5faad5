namespace Gist.Core.Articles;

public enum ArticleOrigin
{
    Pasted,
    Link,
    Forwarded,
    Document,
    Feed,

    /// <summary>Text read from a photo, an image file or a scanned PDF.</summary>
    Image,

    /// <summary>A transcript of a voice note, an audio file or a video's sound.</summary>
    Speech,
}
