namespace Meldcode.Application.Figures;

/// <summary>The period rules both figures requests share: the start not after the end, and at most <see cref="FiguresPeriod.MaxYears"/> years.</summary>
internal static class FiguresPeriodRules
{
    public static void Period<T>(this AbstractValidator<T> validator, Func<T, DateOnly?> from, Func<T, DateOnly?> to, TimeProvider clock)
    {
        validator.RuleFor(q => q).Custom((query, context) =>
        {
            var period = FiguresPeriod.Resolve(from(query), to(query), DutchTime.Today(clock.GetUtcNow()));
            if (period.From > period.To)
            {
                context.AddFailure("To", "De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.");
            }
            else if (!period.IsValid)
            {
                context.AddFailure("To", $"Kies een periode van hoogstens {FiguresPeriod.MaxYears} jaar.");
            }
        });
    }
}
