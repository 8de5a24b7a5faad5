using System.Reflection;
using Gist.Telegram.Access;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Gist.Telegram.Tests;

/// <summary>
/// The command menu, /help and the list of handlers that cost a model call all come from the handlers' own
/// descriptions. Every handler of the assembly is built here (their services are never used to describe them).
/// </summary>
public sealed class CommandDescriptionTests
{
    private static readonly IReadOnlyList<IInputHandler> Handlers = typeof(IInputHandler).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IInputHandler).IsAssignableFrom(t))
        .Select(Describe)
        .ToList();

    [Fact]
    public void The_menu_lists_the_described_commands_in_their_positions()
    {
        var menu = new CommandMenu(Scopes());

        Assert.Equal(
            ["help", "summarize", "language", "subscribe", "subscriptions", "unsubscribe", "digest", "digest_time", "timezone", "filter", "reading", "export"],
            menu.Commands.Select(c => c.Command));
        Assert.Equal("Summarize the message you reply to", menu.Commands.Single(c => c.Command == "summarize").Description);
    }

    [Fact]
    public void Start_and_the_admin_commands_stay_out_of_the_menu()
    {
        var menu = new CommandMenu(Scopes());

        Assert.DoesNotContain(menu.Commands, c => c.Command is "start" or "stats" or "quota");
        Assert.Contains(Handlers, h => h.Description.Command == "stats");
    }

    [Fact]
    public void Help_lists_every_command_of_the_menu()
    {
        var menu = new CommandMenu(Scopes());
        var help = HelpCommandHandler.HelpHtml(menu.Descriptions);

        Assert.All(menu.Commands, c => Assert.Matches($"/{c.Command}(?![a-z_])", help));
    }

    [Fact]
    public void The_handlers_that_may_call_the_model_are_the_article_handlers_summarize_questions_and_translation()
    {
        var costly = Handlers.Where(ModelCost.Of).Select(h => h.GetType().Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["DocumentHandler", "FollowUpQuestionHandler", "ForwardedPostHandler", "ImageMessageHandler", "LinkMessageHandler", "PastedTextHandler", "SpeechMessageHandler", "SummarizeCommandHandler", "TranslationButtonHandler"],
            costly);
    }

    [Fact]
    public void Every_command_name_is_described_once() =>
        Assert.Equal(
            Handlers.Count(h => h.Description.Command is not null),
            Handlers.Select(h => h.Description.Command).OfType<string>().Distinct(StringComparer.Ordinal).Count());

    private static IServiceScopeFactory Scopes()
    {
        var services = new ServiceCollection();
        foreach (var handler in Handlers)
        {
            services.AddScoped(_ => handler);
        }

        return services.BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
    }

    private static IInputHandler Describe(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Single();
        return (IInputHandler)constructor.Invoke(new object?[constructor.GetParameters().Length]);
    }
}
