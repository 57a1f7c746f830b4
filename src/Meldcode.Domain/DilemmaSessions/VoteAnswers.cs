using System.Globalization;
using Meldcode.Domain.Dilemmas;

namespace Meldcode.Domain.DilemmaSessions;

/// <summary>The answers a decision point accepts, as stored: an option's letter (A–E), or a value of the scale (1–5).</summary>
public static class VoteAnswers
{
    /// <summary>Every answer of the point in the order shown, each with its text.</summary>
    public static IReadOnlyList<(string Answer, string Text)> Of(DecisionPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Scale is { } scale)
        {
            return Enumerable.Range(RatingScale.Lowest, RatingScale.Highest - RatingScale.Lowest + 1)
                .Select(value => (value.ToString(CultureInfo.InvariantCulture), ScaleText(scale, value)))
                .ToArray();
        }

        return point.Options.Select(o => (o.Key, o.Text)).ToArray();
    }

    /// <summary>The answer in its stored form, or null when the point has no such answer.</summary>
    public static string? Normalise(DecisionPoint point, string? answer)
    {
        var candidate = answer?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(candidate) ? null : Of(point).Select(a => a.Answer).FirstOrDefault(a => a == candidate);
    }

    /// <summary>Does the meldcode's view name this answer as fitting?</summary>
    public static bool Fits(DecisionPoint point, string answer)
    {
        ArgumentNullException.ThrowIfNull(point);
        var view = point.View;
        if (point.Scale is not null)
        {
            return view.ScaleFrom is { } from && view.ScaleTo is { } to
                && int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                && value >= from && value <= to;
        }

        return view.FittingOptionKeys.Contains(answer);
    }

    private static string ScaleText(RatingScale scale, int value) => value switch
    {
        RatingScale.Lowest => $"1 – {scale.LowLabel}",
        RatingScale.Highest => $"5 – {scale.HighLabel}",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
