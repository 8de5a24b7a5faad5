namespace Gist.Rendering.Tests;

/// <summary>Cases the property tests found.</summary>
public sealed class AnswerRendererRegressionTests
{
    [Fact]
    public void An_answer_of_control_characters_only_still_renders_a_sendable_reply()
    {
        var parts = new AnswerRenderer().Render("\u0007\n", foundInArticle: true, quotes: []);

        var part = Assert.Single(parts);
        Assert.Contains(AnswerRenderer.NotInArticle, part, StringComparison.Ordinal);
    }
}
