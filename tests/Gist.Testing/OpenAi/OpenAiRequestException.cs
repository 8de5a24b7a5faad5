namespace Gist.Testing.OpenAi;

/// <summary>A request the fake refuses the way OpenAI does: 400 with {"error":{message, type, param, code}}.</summary>
internal sealed class OpenAiRequestException(string message, string? param = null, string? code = null) : Exception(message)
{
    public string? Param { get; } = param;

    public string? Code { get; } = code;
}
