using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests.Support;

/// <summary>Seeded random model failures of the kinds real providers show; counts what it injected.</summary>
public sealed class ModelFaults(double share, int seed)
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();
    private int injected;

    public int Injected => Volatile.Read(ref injected);

    public FakeChatReply? Next(FakeChatRequest request)
    {
        lock (gate)
        {
            if (random.NextDouble() >= share)
            {
                return null;
            }

            injected++;
            return random.Next(5) switch
            {
                0 => FakeChatReply.TooManyRequests(TimeSpan.FromMilliseconds(300)),
                1 => FakeChatReply.ServerError(),
                2 => FakeChatReply.ServiceUnavailable(),
                3 => FakeChatReply.Hang(),
                _ => FakeChatReply.TruncatedBody(ArticleModel.Summary(ArticleModel.Headline, "x")),
            };
        }
    }
}
