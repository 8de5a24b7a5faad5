using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.BotApi;

/// <summary>Dispatches one authorized call to its method (names are case-insensitive, as on Telegram), applies
/// injected faults, answers <c>{"ok":true,"result":…}</c> or the error, and records the call.</summary>
internal sealed class BotApiRouter
{
    private const string BadGatewayPage =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n" +
        "<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n";

    private readonly BotApiContext context;
    private readonly Dictionary<string, Func<BotApiCall, Task<string>>> methods;

    public BotApiRouter(BotApiContext context)
    {
        this.context = context;
        var messages = new MessageMethods(context);
        var bot = new BotMethods(context);
        var updates = new UpdateMethods(context);
        var documents = new DocumentMethods(context);
        var menus = new MenuButtonMethods(context);
        methods = new Dictionary<string, Func<BotApiCall, Task<string>>>(StringComparer.OrdinalIgnoreCase)
        {
            ["getMe"] = Sync(bot.GetMe),
            ["getUpdates"] = updates.GetUpdatesAsync,
            ["setWebhook"] = Sync(updates.SetWebhook),
            ["deleteWebhook"] = Sync(updates.DeleteWebhook),
            ["getWebhookInfo"] = Sync(updates.GetWebhookInfo),
            ["setMyCommands"] = Sync(bot.SetMyCommands),
            ["getMyCommands"] = Sync(bot.GetMyCommands),
            ["deleteMyCommands"] = Sync(bot.DeleteMyCommands),
            ["sendMessage"] = Sync(messages.SendMessage),
            ["editMessageText"] = Sync(messages.EditMessageText),
            ["editMessageReplyMarkup"] = Sync(messages.EditMessageReplyMarkup),
            ["deleteMessage"] = Sync(messages.DeleteMessage),
            ["sendDocument"] = Sync(documents.SendDocument),
            ["sendChatAction"] = Sync(bot.SendChatAction),
            ["answerCallbackQuery"] = Sync(bot.AnswerCallbackQuery),
            ["getFile"] = Sync(bot.GetFile),
            ["setChatMenuButton"] = Sync(menus.SetChatMenuButton),
            ["getChatMenuButton"] = Sync(menus.GetChatMenuButton),
        };
    }

    public async Task HandleAsync(HttpContext http, string method, Func<string, FakeFault?>? faults, CancellationToken aborted)
    {
        var state = this.context.State;
        var arrived = this.context.Now;
        var body = FakeBotApiServer.EmptyBody;
        try
        {
            (body, var files) = await BotApiRequestReader.ReadAsync(http.Request, aborted);
            if (faults?.Invoke(method) is { } fault)
            {
                state.CountFault();
                await WriteFaultAsync(http, fault, aborted);
                state.RecordRequest(method, body, arrived, fault.StatusCode, $"injected {fault.Kind}");
                return;
            }

            if (!methods.TryGetValue(method, out var handler))
            {
                throw new BotApiException(404, "Not Found");
            }

            var result = await handler(new BotApiCall(method, new BotApiArguments(body), files, aborted));
            await FakeBotApiServer.WriteJsonAsync(http, 200, "{\"ok\":true,\"result\":" + result + "}");
            state.RecordRequest(method, body, arrived, 200, null);
        }
        catch (BotApiException error)
        {
            if (error.ErrorCode == 429)
            {
                state.CountTooManyRequests();
            }

            await FakeBotApiServer.WriteErrorAsync(http, error);
            state.RecordRequest(method, body, arrived, error.ErrorCode, error.Message);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away (or the server is stopping): 499 is nginx's "client closed request".
            state.RecordRequest(method, body, arrived, 499, "client closed request");
        }
        catch (Exception bug) when (bug is not OperationCanceledException && !http.Response.HasStarted)
        {
            // A parameter this fake cannot read: answer like a server fault rather than dropping the connection.
            var error = new BotApiException(500, "Internal Server Error: the fake could not handle the call: " + bug.Message);
            await FakeBotApiServer.WriteErrorAsync(http, error);
            state.RecordRequest(method, body, arrived, 500, error.Message);
        }
    }

    private async Task WriteFaultAsync(HttpContext http, FakeFault fault, CancellationToken aborted)
    {
        switch (fault.Kind)
        {
            case FakeFaultKind.Hang:
                await Task.Delay(Timeout.Infinite, aborted);
                break;
            case FakeFaultKind.BadGateway:
                http.Response.StatusCode = 502;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync(BadGatewayPage, aborted);
                break;
            case FakeFaultKind.TooManyRequests:
                this.context.State.CountTooManyRequests();
                await FakeBotApiServer.WriteErrorAsync(http, BotApiException.TooManyRequests(fault.RetryAfter));
                break;
            default:
                await FakeBotApiServer.WriteErrorAsync(http, new BotApiException(500, "Internal Server Error"));
                break;
        }
    }

    private static Func<BotApiCall, Task<string>> Sync(Func<BotApiCall, JsonNode> method) =>
        call => Task.FromResult(method(call).ToJsonString());
}
