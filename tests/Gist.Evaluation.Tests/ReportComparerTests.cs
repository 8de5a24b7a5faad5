using Gist.Evaluation.Comparison;
using Gist.Evaluation.Reports;

namespace Gist.Evaluation.Tests;

public sealed class ReportComparerTests
{
    private static EvaluationReport Report(string model, double covered, double latency) => new(
        EvaluationReport.CurrentFormat, DateTimeOffset.UnixEpoch, "set", "en", "p", null, new Dictionary<string, string>(),
        [new ModelRun(model, new Dictionary<string, double?> { ["reference_covered"] = covered, ["latency_ms"] = latency }, [])]);

    [Theory]
    [InlineData(0.80, 0.79, false)] // one point worse: within the two-point threshold
    [InlineData(0.80, 0.75, true)] // five points worse
    [InlineData(0.80, 0.90, false)] // better
    public void A_share_fails_only_when_it_got_worse_by_more_than_the_threshold_in_points(double before, double after, bool fails)
    {
        var changes = ReportComparer.Compare(Report("a", before, 100), Report("a", after, 100), ["reference_covered"], 0.02);

        Assert.Equal(fails, changes.Single(c => c.Measure == "reference_covered").Fails);
    }

    [Fact]
    public void An_amount_is_judged_relative_to_the_baseline_and_only_when_gated()
    {
        var slower = Report("a", 0.8, 130);

        Assert.DoesNotContain(ReportComparer.Compare(Report("a", 0.8, 100), slower, ["reference_covered"], 0.2), c => c.Fails);
        Assert.True(ReportComparer.Compare(Report("a", 0.8, 100), slower, ["latency_ms"], 0.2).Single(c => c.Measure == "latency_ms").Fails);
        Assert.DoesNotContain(ReportComparer.Compare(Report("a", 0.8, 100), slower, ["latency_ms"], 0.5), c => c.Fails);
    }

    [Fact]
    public void Two_runs_of_one_model_each_are_compared_with_each_other_and_other_models_by_name()
    {
        var oneEach = ReportComparer.Compare(Report("model-a", 0.8, 100), Report("model-b", 0.5, 100), ["reference_covered"], 0.02);

        Assert.Contains(oneEach, c => c is { BaselineModel: "model-a", Model: "model-b", Measure: "reference_covered", Fails: true });
    }
}
