using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Dilemmas;

/// <summary>From the dilemma form to the domain's <see cref="Dilemma"/> and back, in one place.</summary>
public static class DilemmaContentMapping
{
    /// <summary>The dilemma the (validated) form describes, under this key; the domain checks its rules once more.</summary>
    public static Dilemma ToDilemma(this IDilemmaContent input, string key)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new Dilemma(
            key,
            input.Title!,
            input.Story!,
            input.Sectors ?? [],
            input.FormsOfAbuse ?? [],
            input.Themes ?? [],
            input.MeldcodeStep!.Value,
            input.Question!.Value,
            [.. (input.DecisionPoints ?? []).Where(p => p is not null && !p.IsBlank).Select(ToDecisionPoint)],
            [.. (input.Prompts ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!)]);
    }

    /// <summary>A decision point of a dilemma as the form shows it (options in A–E, the labels, the fitting part).</summary>
    public static DecisionPointInput ToInput(this DecisionPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var view = point.View;
        return new DecisionPointInput(
            point.IsScale ? DecisionPointKind.Scale : DecisionPointKind.Choice,
            point.Question,
            [.. point.Options.Select(o => o.Text)],
            view.FittingOptionKeys,
            point.Scale?.LowLabel,
            point.Scale?.HighLabel,
            view.ScaleFrom,
            view.ScaleTo,
            view.Depends,
            view.Rationale);
    }

    private static DecisionPoint ToDecisionPoint(DecisionPointInput input)
    {
        if (input.Kind == DecisionPointKind.Scale)
        {
            var scaleView = input.Depends
                ? MeldcodeView.ItDepends(input.Rationale!)
                : MeldcodeView.FitsScale(input.ScaleFrom!.Value, input.ScaleTo!.Value, input.Rationale!);
            return DecisionPoint.Rating(input.Question!, new RatingScale(input.LowLabel!, input.HighLabel!), scaleView);
        }

        // Blank option fields are left out, so the letters move up: the fitting letters follow their options.
        var filled = input.FilledOptions;
        var view = input.Depends
            ? MeldcodeView.ItDepends(input.Rationale!)
            : MeldcodeView.Fits(
                input.Rationale!,
                [.. input.FittingLetters.Select(letter => DecisionPointInput.Letters[filled.ToList().FindIndex(o => o.Letter == letter)].ToString())]);
        return DecisionPoint.Choice(input.Question!, [.. filled.Select(o => o.Text)], view);
    }
}
