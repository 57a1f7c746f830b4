using System.Globalization;

namespace Meldcode.Benchmarks;

/// <summary>
/// The live dilemma session under load: <see cref="Participants"/> join one session and vote once in round 1 and once
/// in round 2, each round's votes spread over <see cref="Seconds"/>; <see cref="JoinConcurrency"/> participants join at
/// the same time. <see cref="FollowRedirects"/>: after a vote, fetch the page it redirects to, as the browser does (1) or not (0).
/// <see cref="WarmUpParticipants"/>: a small session run first, unmeasured, to warm up the JIT (0: none).
/// </summary>
/// <see cref="Deployment"/>: the database provider and the number of app instances (issue 15); with two, the participants
/// are spread over both and the projector follows the session on the second while the trainer moves it on from the first.
public sealed record LiveOptions(int Participants = 2_000, int Seconds = 10, int JoinConcurrency = 50, bool FollowRedirects = true, int WarmUpParticipants = 200)
{
    public Deployment Deployment { get; init; } = new();

    public static LiveOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "live")
        {
            return null;
        }

        var options = new LiveOptions();
        var deployment = new Deployment();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (Deployment.TryRead(args[i], args[i + 1], ref deployment))
            {
                continue;
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--participants" => options with { Participants = value },
                "--seconds" => options with { Seconds = value },
                "--join-concurrency" => options with { JoinConcurrency = value },
                "--warmup" => options with { WarmUpParticipants = value },
                "--follow" => options with { FollowRedirects = value != 0 },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options with { Deployment = deployment.Validated() };
    }
}
