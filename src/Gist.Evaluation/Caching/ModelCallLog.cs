namespace Gist.Evaluation.Caching;

/// <summary>The answers of the article being evaluated, in order (articles are evaluated one at a time).</summary>
public sealed class ModelCallLog
{
    private readonly List<ModelCall> calls = [];
    private readonly Lock gate = new();

    public IReadOnlyList<ModelCall> Calls
    {
        get
        {
            lock (gate)
            {
                return calls.ToList();
            }
        }
    }

    public void Add(ModelCall call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }
}
