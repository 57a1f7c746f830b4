using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Dilemmas;

/// <summary>
/// The shape of the dilemma form, shared by writing and editing: what is required, how long, which choices. Messages
/// are keyed by the form's field names (<c>DecisionPoints[1].Options</c>). The domain keeps its own rules (two options
/// with the same text, for instance) and says so when one is broken.
/// </summary>
public abstract class DilemmaContentValidator<T> : AbstractValidator<T>
    where T : IDilemmaContent
{
    public const int MaxDecisionPoints = 3;

    public const int MaxPrompts = 5;

    protected DilemmaContentValidator()
    {
        RuleFor(c => c.Title).RequiredText(FieldName.Singular("de titel"), Dilemma.TitleMax);
        RuleFor(c => c.Story).RequiredText(FieldName.Singular("het verhaal"), Dilemma.StoryMax);
        RuleFor(c => c.Sectors).Must(s => s is { Count: > 0 }).WithMessage("Kies minstens één sector.")
            .Must(AllDefined).WithMessage("Kies sectoren uit de lijst.");
        RuleFor(c => c.FormsOfAbuse).Must(s => s is { Count: > 0 }).WithMessage("Kies minstens één vorm van geweld of mishandeling.")
            .Must(AllDefined).WithMessage("Kies vormen van geweld uit de lijst.");
        RuleFor(c => c.Themes).Must(s => s is { Count: > 0 }).WithMessage("Kies minstens één thema.")
            .Must(AllDefined).WithMessage("Kies thema's uit de lijst.");
        RuleFor(c => c.MeldcodeStep).Chosen("Kies de stap van de meldcode die het dilemma oefent.");
        RuleFor(c => c.Question).Chosen("Kies de vraag van het afwegingskader die het dilemma oefent.");

        RuleFor(c => c.DecisionPoints)
            .Must(p => (p ?? []).Any(point => point is not null && !point.IsBlank)).WithMessage("Vul minstens één beslismoment in.")
            .Must(p => (p ?? []).Count <= MaxDecisionPoints).WithMessage($"Een dilemma heeft hoogstens {MaxDecisionPoints} beslismomenten.");
        RuleForEach(c => c.DecisionPoints).ChildRules(point =>
        {
            point.When(p => p is not null && !p.IsBlank, () => DecisionPointRules(point));
        });

        RuleFor(c => c.Prompts)
            .Must(p => (p ?? []).Any(text => !string.IsNullOrWhiteSpace(text))).WithMessage("Vul minstens één gespreksvraag in.")
            .Must(p => (p ?? []).Count <= MaxPrompts).WithMessage($"Een dilemma heeft hoogstens {MaxPrompts} gespreksvragen.");
        RuleForEach(c => c.Prompts).OptionalText(FieldName.Singular("een gespreksvraag"), Dilemma.PromptMax);
    }

    private static void DecisionPointRules(InlineValidator<DecisionPointInput> point)
    {
        point.RuleFor(p => p.Kind).Chosen("Kies of dit beslismoment keuzes of een schaal heeft.");
        point.RuleFor(p => p.Question).RequiredText(FieldName.Singular("de vraag van het beslismoment"), DecisionPoint.QuestionMax);
        point.RuleFor(p => p.Rationale).RequiredText(FieldName.Singular("de uitleg van wat de meldcode zegt"), MeldcodeView.RationaleMax);

        point.When(p => p.Kind == DecisionPointKind.Choice, () =>
        {
            point.RuleFor(p => p.Options)
                .Must(o => (o ?? []).Count <= DecisionPoint.MaxOptions).WithMessage($"Een vraag heeft hoogstens {DecisionPoint.MaxOptions} keuzes.")
                .Must(o => (o ?? []).Count(t => !string.IsNullOrWhiteSpace(t)) >= DecisionPoint.MinOptions)
                .WithMessage($"Vul minstens {DecisionPoint.MinOptions} keuzes in.");
            point.RuleForEach(p => p.Options).OptionalText(FieldName.Singular("een keuze"), DilemmaOption.TextMax);
            point.RuleFor(p => p.FittingOptions)
                .Must((p, _) => p.Depends || p.FittingLetters.Count > 0)
                .WithMessage("Kies welke keuze past bij de meldcode, of kies 'Het hangt ervan af'.")
                .Must((p, _) => !p.Depends || p.FittingLetters.Count == 0)
                .WithMessage("Kies passende keuzes of 'Het hangt ervan af', niet allebei.")
                .Must((p, _) => p.FittingLetters.All(letter => p.FilledOptions.Any(o => o.Letter == letter)))
                .WithMessage("Kies als passende keuze alleen een keuze die je hebt ingevuld.");
        });

        point.When(p => p.Kind == DecisionPointKind.Scale, () =>
        {
            point.RuleFor(p => p.LowLabel).RequiredText(FieldName.Singular("het label bij 1"), RatingScale.LabelMax);
            point.RuleFor(p => p.HighLabel).RequiredText(FieldName.Singular("het label bij 5"), RatingScale.LabelMax);
            point.RuleFor(p => p.ScaleFrom)
                .Must((p, _) => p.Depends || (p.ScaleFrom is { } from && p.ScaleTo is { } to && RatingScale.Contains(from) && RatingScale.Contains(to) && from <= to))
                .WithMessage($"Kies welk deel van de schaal past bij de meldcode (van {RatingScale.Lowest} tot {RatingScale.Highest}), of kies 'Het hangt ervan af'.")
                .Must((p, _) => !p.Depends || (p.ScaleFrom is null && p.ScaleTo is null))
                .WithMessage("Kies een deel van de schaal of 'Het hangt ervan af', niet allebei.");
        });
    }

    private static bool AllDefined<TEnum>(IReadOnlyList<TEnum>? values)
        where TEnum : struct, Enum =>
        (values ?? []).All(Enum.IsDefined) && (values ?? []).Count <= Enum.GetValues<TEnum>().Length;
}
