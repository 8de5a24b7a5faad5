using Gist.Core.Storage;
using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Handlers;

/// <summary>/language [code or name]: shows or sets the language answers are written in, per chat.</summary>
public sealed class LanguageCommandHandler(ReplySender replies, IChatSettingsStore settings) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("language", "Language of the answers (English by default)", 30);

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var current = OutputLanguages.NameOf(context.Settings.OutputLanguage);
        var choices = string.Join(", ", OutputLanguages.Codes);
        if (command.Arguments.Length == 0)
        {
            await replies.SayAsync($"Answers here are in {current}. To change: /language <code>, one of: {choices}. Example: /language en", cancellationToken);
            return;
        }

        if (OutputLanguages.Resolve(command.Arguments) is not { } code)
        {
            await replies.SayAsync($"I don't know the language \"{command.Arguments}\". Choose one of: {choices}.", cancellationToken);
            return;
        }

        await settings.SaveAsync(context.Settings with { OutputLanguage = code }, cancellationToken);
        var note = code == "en" ? "" : " Summaries are best in English; other languages depend on the model.";
        await replies.SayAsync($"Done: answers in this chat will be in {OutputLanguages.NameOf(code)}.{note}", cancellationToken);
    }
}
