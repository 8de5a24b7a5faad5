using Gist.Summarization.Prompts;

namespace Gist.Summarization.Tests.Llm;

public sealed class PromptTemplateTests
{
    [Fact]
    public void Placeholders_are_filled_and_text_around_them_kept()
    {
        var template = new PromptTemplate("t", "Write in {{lang}}; {{lang}} only.\n");

        Assert.Equal("Write in English; English only.\n", template.Render(new Dictionary<string, string> { ["lang"] = "English" }));
    }

    [Fact]
    public void A_missing_value_is_an_error_not_a_silent_blank()
    {
        var template = new PromptTemplate("t", "Hello {{name}}");

        Assert.Throws<KeyNotFoundException>(() => template.Render(new Dictionary<string, string>()));
    }

    [Fact]
    public void The_version_changes_when_the_text_does()
    {
        Assert.NotEqual(new PromptTemplate("t", "a").Version, new PromptTemplate("t", "b").Version);
        Assert.Equal(new PromptTemplate("t", "a\r\n").Version, new PromptTemplate("t", "a\n").Version);
    }

    [Fact]
    public void Values_are_inserted_once_so_an_article_cannot_inject_placeholders()
    {
        var template = new PromptTemplate("t", "{{article}} / {{secret}}");

        var text = template.Render(new Dictionary<string, string> { ["article"] = "{{secret}}", ["secret"] = "S" });

        Assert.Equal("{{secret}} / S", text);
    }

    [Fact]
    public void The_shipped_prompts_load_and_every_placeholder_they_use_is_known()
    {
        var library = SummarizerFactory.Prompts();

        foreach (var name in new[] { "summarize.system", "summarize.user", "repair.user", "translate.system", "answer.system", "answer.user" })
        {
            Assert.DoesNotContain("{{", library[name].Render(KnownValues), StringComparison.Ordinal);
        }
    }

    private static readonly Dictionary<string, string> KnownValues = new()
    {
        ["output_language"] = "English", ["delimiter"] = "<<<X>>>", ["max_claims"] = "8", ["title"] = "", ["source"] = "",
        ["published"] = "", ["article"] = "text", ["problems"] = "- p", ["question"] = "q?",
    };
}
