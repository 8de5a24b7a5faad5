namespace Gist.Testing.BotApi;

/// <summary>One Bot API call as the method handlers see it.</summary>
internal sealed record BotApiCall(string Method, BotApiArguments Args, IReadOnlyList<UploadedFile> Files,
    CancellationToken Aborted);
