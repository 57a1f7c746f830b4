using System.Globalization;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>What the meldcode says at a decision point, as the screens show it: which answers fit (or that it depends), and why.</summary>
public sealed record MeldcodeViewText(IReadOnlyList<string> FittingAnswers, bool Depends, string Summary, string Rationale)
{
    public static MeldcodeViewText Of(DecisionPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var view = point.View;
        var fitting = VoteAnswers.Of(point).Where(a => VoteAnswers.Fits(point, a.Answer)).Select(a => a.Answer).ToList();
        var summary = view.Depends
            ? "Het hangt ervan af."
            : point.IsScale
                ? string.Create(CultureInfo.InvariantCulture, $"Past bij de meldcode: {view.ScaleFrom} tot en met {view.ScaleTo}.")
                : fitting.Count == 1 ? $"Past bij de meldcode: {fitting[0]}." : $"Past bij de meldcode: {string.Join(" en ", fitting)}.";
        return new MeldcodeViewText(fitting, view.Depends, summary, view.Rationale);
    }
}
