using System.Net;
using System.Text.Json;
using Gist.MiniApp.Tests.Support;

namespace Gist.MiniApp.Tests;

/// <summary>
/// Every API call is signed in by initData checked as the Bot API specifies; vectors are made by
/// <see cref="InitDataSigner"/>, written from the spec. Whatever is wrong, the answer is the same bare 401.
/// </summary>
public sealed class InitDataTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const long User = 1001;
    private MiniAppHost Host => fixture.Host;

    [Fact]
    public async Task Valid_initData_signs_the_user_in()
    {
        using var response = await Host.GetAsync("/app/api/me", Host.InitData(User));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(User, json.RootElement.GetProperty("id").GetInt64());
        Assert.False(json.RootElement.GetProperty("dev").GetBoolean());
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "no header", "" },
        { "wrong hash", "wrong-hash" },
        { "another bot's token", "other-token" },
        { "expired", "expired" },
        { "from the future", "future" },
        { "no hash", "omit:hash" },
        { "no auth_date", "omit:auth_date" },
        { "no user", "omit:user" },
        { "user changed after signing", "tampered-user" },
        { "field added after signing", "added-field" },
        { "another scheme", "bearer" },
        { "garbage", "garbage" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Anything_else_is_a_bare_401(string why, string how)
    {
        var now = DateTimeOffset.UtcNow;
        var token = Host.Telegram.Token;
        var request = new HttpRequestMessage(HttpMethod.Get, "/app/api/digests");
        var header = how switch
        {
            "" => null,
            "wrong-hash" => "tma " + FlipLastHexDigit(Host.InitData(User)),
            "other-token" => "tma " + InitDataSigner.Sign("999999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", User, now),
            "expired" => "tma " + InitDataSigner.Sign(token, User, now.AddDays(-1).AddMinutes(-1)),
            "future" => "tma " + InitDataSigner.Sign(token, User, now.AddHours(1)),
            "tampered-user" => "tma " + Host.InitData(User).Replace(Uri.EscapeDataString("\"id\":1001"), Uri.EscapeDataString("\"id\":1002"), StringComparison.Ordinal),
            "added-field" => "tma " + Host.InitData(User) + "&start_param=x",
            "bearer" => "Bearer " + Host.InitData(User),
            "garbage" => "tma %%%&&&===",
            _ when how.StartsWith("omit:", StringComparison.Ordinal) => "tma " + InitDataSigner.Sign(token, User, now, omit: how[5..]),
            _ => throw new ArgumentException(how),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        using var response = await Host.Http.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.Equal("{\"error\":\"unauthorized\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_initData_just_inside_its_age_is_accepted()
    {
        using var response = await Host.GetAsync("/app/api/me", Host.InitData(User, DateTimeOffset.UtcNow.AddHours(-23)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_answer_carries_the_content_security_policy()
    {
        using var page = await Host.GetAsync("/app/", null);
        using var api = await Host.GetAsync("/app/api/me", null);

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode}: {Host.Logs.All}");
        foreach (var response in new[] { page, api })
        {
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    private static string FlipLastHexDigit(string initData) =>
        initData[..^1] + (initData[^1] == '0' ? '1' : '0');
}
