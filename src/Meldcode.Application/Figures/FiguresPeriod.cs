namespace Meldcode.Application.Figures;

/// <summary>
/// The period the figures are about: whole Dutch calendar days, from <see cref="From"/> up to and including <see cref="To"/>.
/// Without dates it is the current calendar year so far; with only a start date it runs to today; with only an end date
/// it starts on the first of January of that year.
/// </summary>
public sealed record FiguresPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period the figures cover, in years.</summary>
    public const int MaxYears = 5;

    /// <summary>The first moment of the period (midnight in Amsterdam).</summary>
    public DateTimeOffset Start => DutchTime.StartOf(From);

    /// <summary>The first moment after the period.</summary>
    public DateTimeOffset End => DutchTime.StartOf(To.AddDays(1));

    public bool IsValid => From <= To && To <= From.AddYears(MaxYears);

    public static FiguresPeriod Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var end = to ?? (from is { } start && start > today ? start : today);
        return new FiguresPeriod(from ?? new DateOnly(end.Year, 1, 1), end);
    }

    public bool Contains(DateTimeOffset moment) => moment >= Start && moment < End;
}
