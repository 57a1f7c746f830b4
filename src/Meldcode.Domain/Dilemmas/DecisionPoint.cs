using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dilemmas;

/// <summary>
/// A moment in a dilemma where participants choose: a question with 2–5 options, or a question answered on a 1–5
/// scale; with what the meldcode says about it.
/// </summary>
public sealed record DecisionPoint
{
    public const int QuestionMax = 300;

    public const int MinOptions = 2;

    public const int MaxOptions = 5;

    private const string Letters = "ABCDE";

    private DecisionPoint(string question, IReadOnlyList<DilemmaOption> options, RatingScale? scale, MeldcodeView view)
    {
        Question = Guard.RequiredText(question, FieldName.Singular("de vraag"), QuestionMax);
        Options = options;
        Scale = scale;
        View = view;
    }

    public string Question { get; }

    /// <summary>The options, keyed A, B, C… in order; empty for a scale.</summary>
    public IReadOnlyList<DilemmaOption> Options { get; }

    /// <summary>The 1–5 scale, or null when the point has options.</summary>
    public RatingScale? Scale { get; }

    public MeldcodeView View { get; }

    public bool IsScale => Scale is not null;

    /// <summary>A question with 2–5 options; they get the keys A, B, C… in the order given.</summary>
    public static DecisionPoint Choice(string question, IReadOnlyList<string> options, MeldcodeView view)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(view);
        if (options.Count is < MinOptions or > MaxOptions)
        {
            throw new DomainException($"Een vraag heeft {MinOptions} tot {MaxOptions} keuzes.");
        }

        var built = options.Select((text, i) => new DilemmaOption(Letters[i].ToString(), text)).ToArray();
        if (built.Select(o => o.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count() != built.Length)
        {
            throw new DomainException("Twee keuzes hebben dezelfde tekst.");
        }

        if (view.ScaleFrom is not null)
        {
            throw new DomainException("Bij een vraag met keuzes wijst de meldcode een keuze aan, geen deel van een schaal.");
        }

        var unknown = view.FittingOptionKeys.FirstOrDefault(key => built.All(o => o.Key != key));
        if (unknown is not null)
        {
            throw new DomainException($"Keuze {unknown} bestaat niet bij deze vraag.");
        }

        return new DecisionPoint(question, Array.AsReadOnly(built), null, view);
    }

    /// <summary>A question answered on a scale from 1 to 5.</summary>
    public static DecisionPoint Rating(string question, RatingScale scale, MeldcodeView view)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(view);
        if (view.FittingOptionKeys.Count > 0)
        {
            throw new DomainException("Bij een schaal wijst de meldcode een deel van de schaal aan, geen keuze.");
        }

        return new DecisionPoint(question, [], scale, view);
    }
}
