namespace Gist.Extraction.Fetching;

/// <summary>Raised inside the connect callback when a host resolves to an address the policy refuses.</summary>
public sealed class AddressRefusedException : Exception
{
    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
