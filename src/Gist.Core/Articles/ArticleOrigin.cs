namespace Gist.Core.Articles;

public enum ArticleOrigin
{
    Pasted,
    Link,
    Forwarded,
    Document,
    Feed,
}
