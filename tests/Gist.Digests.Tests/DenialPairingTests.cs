using System.ClientModel;
using Gist.Core.Digests;
using Gist.Core.Summaries;
using Gist.Digests.Stories;
using Gist.Digests.Tests.Support;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;

namespace Gist.Digests.Tests;

/// <summary>A denial sits beside a claim only when it denies that claim; otherwise it is listed on its own.</summary>
public sealed class DenialPairingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_denial_about_something_else_is_never_set_against_a_claim_that_names_the_same_country()
    {
        var denial = Claim("North Korea denies that Hamas uses its weapons.", "North Korea", "denial");
        var claim = Claim("China has real influence over North Korea and should use it constructively.", "Antony Blinken", "statement");

        Assert.False(DenialMatch.Denies(denial, claim));
        Assert.False(DenialMatch.Denies(denial with { Speaker = "Pyongyang" }, claim));
    }

    [Fact]
    public void A_denial_of_the_same_thing_by_the_accused_is_set_against_the_accusation()
    {
        var denial = Claim("North Korea and Russia deny any arms deal.", "North Korea and Russia", "denial");
        var claim = Claim("North Korea is supplying Russia with arms for the war in Ukraine.", "Antony Blinken", "accusation");

        Assert.True(DenialMatch.Denies(denial, claim));
    }

    [Fact]
    public void A_denial_of_another_event_by_the_same_speaker_is_not_paired()
    {
        var denial = Claim("The ministry denies that troops crossed the border on Sunday.", "Defence ministry", "denial");
        var claim = Claim("The ministry said the new budget raises pensions by five percent.", "Finance ministry", "statement");

        Assert.False(DenialMatch.Denies(denial, claim));
    }

    [Fact]
    public void Without_a_model_an_unrelated_denial_is_listed_on_its_own_and_a_related_one_is_paired()
    {
        var story = ClaimMerger.Merge([
            Item(1, "Outlet A", ("China has real influence over North Korea and should use it constructively.", "Antony Blinken", "statement"),
                ("North Korea is supplying Russia with arms for the war in Ukraine.", "Antony Blinken", "accusation")),
            Item(2, "Outlet B", ("North Korea denies that Hamas uses its weapons.", "North Korea", "denial"),
                ("North Korea and Russia deny any arms deal.", "North Korea and Russia", "denial")),
        ]);

        var dispute = Assert.Single(story.Disputes);
        Assert.StartsWith("North Korea is supplying Russia", dispute.Claim.Text, StringComparison.Ordinal);
        Assert.StartsWith("North Korea and Russia deny", dispute.Denial.Text, StringComparison.Ordinal);
        Assert.Contains(story.Claims, c => c.IsDenial && c.Text.Contains("Hamas", StringComparison.Ordinal));
    }

    [Fact]
    public void The_digest_shows_the_paired_denial_beside_its_claim_and_the_unrelated_one_on_its_own_line_even_after_many_claims()
    {
        List<StoryItem> items =
        [
            Item(1, "Outlet A", ("China has real influence over North Korea and should use it constructively.", "Antony Blinken", "statement"),
                ("North Korea is supplying Russia with arms for the war in Ukraine.", "Antony Blinken", "accusation"),
                ("The two ministers will meet again in Washington next spring.", "Park Jin", "statement"),
                ("Seoul will send a new envoy to the United Nations in April.", "Park Jin", "statement"),
                ("The talks lasted more than three hours at the foreign ministry.", "Outlet A", "statement")),
            Item(2, "Outlet B", ("North Korea denies that Hamas uses its weapons.", "North Korea", "denial"),
                ("North Korea and Russia deny any arms deal.", "North Korea and Russia", "denial")),
        ];
        var (claims, disputes) = ClaimMerger.Merge(items);
        var story = new Story("Blinken in Seoul", "Ministers met in Seoul.", items, claims, disputes, "offline");

        var lines = string.Join("\n", new Building.DigestRenderer().Render(new Building.Digest(1, [story], [], 2, Now), DateOnly.FromDateTime(Now.Date))).Split('\n');

        var accusation = Array.FindIndex(lines, l => l.Contains("North Korea is supplying Russia", StringComparison.Ordinal));
        Assert.Contains("⚖️", lines[accusation], StringComparison.Ordinal);
        Assert.Contains("↔ North Korea and Russia: North Korea and Russia deny any arms deal.", lines[accusation + 1], StringComparison.Ordinal);
        var hamas = Assert.Single(lines, l => l.Contains("Hamas", StringComparison.Ordinal));
        Assert.StartsWith("🚫 North Korea: North Korea denies that Hamas uses its weapons. (Outlet B)", hamas.TrimStart(), StringComparison.Ordinal);
        var china = Array.FindIndex(lines, l => l.Contains("China has real influence", StringComparison.Ordinal));
        Assert.DoesNotContain("↔", lines[china], StringComparison.Ordinal);
        Assert.DoesNotContain("↔", lines[china + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_model_the_story_call_decides_the_pairs_and_a_pair_that_is_not_a_denial_against_a_claim_is_ignored()
    {
        await using var model = await FakeOpenAiServer.StartAsync((request, _) => Task.FromResult(FakeChatReply.Text(
            """{"headline":"Korea talks","summary":"Ministers met.","disputes":[{"denial":3,"claim":2},{"denial":1,"claim":2},{"denial":9,"claim":1}]}""")));
        var chat = new OpenAIClient(new ApiKeyCredential("sk-test"), new OpenAIClientOptions { Endpoint = new Uri(model.OpenAiEndpoint) })
            .GetChatClient("test-model").AsIChatClient();
        await using var harness = await DigestHarness.StartAsync(new TitleSummaries(), Now, configure: services =>
        {
            services.Configure<LlmOptions>(o => { o.Provider = "openai"; o.Model = "test-model"; o.Endpoint = model.OpenAiEndpoint; });
            services.AddSingleton(chat);
            services.AddSingleton(PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts")));
        });
        List<StoryItem> cluster =
        [
            Item(1, "Outlet A", ("China has real influence over North Korea and should use it constructively.", "Antony Blinken", "statement"),
                ("North Korea is supplying Russia with arms for the war in Ukraine.", "Antony Blinken", "accusation")),
            Item(2, "Outlet B", ("North Korea denies that Hamas uses its weapons.", "North Korea", "denial")),
        ];

        var story = await harness.Get<StoryWriter>().WriteAsync(cluster, default);

        var prompt = Assert.Single(model.Requests).LastUserMessage;
        Assert.Contains("3. [denial] North Korea: North Korea denies that Hamas uses its weapons.", prompt, StringComparison.Ordinal);
        Assert.Equal(SummaryEngine.Llm, story.Engine);
        var dispute = Assert.Single(story.Disputes);
        Assert.Contains("Hamas", dispute.Denial.Text, StringComparison.Ordinal);
        Assert.StartsWith("North Korea is supplying", dispute.Claim.Text, StringComparison.Ordinal);
        Assert.Single(story.Claims);
    }

    [Fact]
    public async Task With_a_model_that_pairs_nothing_the_denial_is_listed_on_its_own()
    {
        await using var model = await FakeOpenAiServer.StartAsync((request, _) => Task.FromResult(FakeChatReply.Text(
            """{"headline":"Korea talks","summary":"Ministers met.","disputes":[]}""")));
        var chat = new OpenAIClient(new ApiKeyCredential("sk-test"), new OpenAIClientOptions { Endpoint = new Uri(model.OpenAiEndpoint) })
            .GetChatClient("test-model").AsIChatClient();
        await using var harness = await DigestHarness.StartAsync(new TitleSummaries(), Now, configure: services =>
        {
            services.Configure<LlmOptions>(o => { o.Provider = "openai"; o.Model = "test-model"; o.Endpoint = model.OpenAiEndpoint; });
            services.AddSingleton(chat);
            services.AddSingleton(PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts")));
        });

        var story = await harness.Get<StoryWriter>().WriteAsync(
        [
            Item(1, "Outlet A", ("North Korea is supplying Russia with arms for the war in Ukraine.", "Antony Blinken", "accusation")),
            Item(2, "Outlet B", ("North Korea and Russia deny any arms deal.", "North Korea and Russia", "denial")),
        ], default);

        Assert.Empty(story.Disputes);
        Assert.Contains(story.Claims, c => c.IsDenial);
    }

    private static MergedClaim Claim(string text, string speaker, string kind) => new(text, speaker, kind, [new ClaimSource("Outlet", text, null)]);

    private static StoryItem Item(long id, string outlet, params (string Text, string Speaker, string Kind)[] claims) =>
        new(new FeedItemRecord(id, id, $"item-{id}", $"https://news.example/{id}", $"hash-{id}", $"Item {id}", "Text", false, Now, Now, null), outlet,
            new SummaryResult
            {
                Headline = $"Item {id}",
                Summary = "Summary",
                Claims = claims.Select(c => new Claim(c.Text, c.Speaker, c.Kind, c.Text)).ToList(),
                SourceLanguage = "en",
                Engine = SummaryEngine.Llm,
            });
}
