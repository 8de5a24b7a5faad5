namespace Gist.Testing.BotApi;

public enum FakeFaultKind
{
    InternalServerError,
    BadGateway,
    TooManyRequests,
    Hang,
}
