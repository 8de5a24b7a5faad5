using System.Xml;

namespace Gist.Digests.Feeds;

/// <summary>Well-formed so far, but beyond <see cref="XmlLimits"/>: too complex to read rather than damaged.</summary>
public sealed class XmlBudgetException : XmlException
{
    public XmlBudgetException(string message)
        : base(message)
    {
    }

    public XmlBudgetException()
    {
    }

    public XmlBudgetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
