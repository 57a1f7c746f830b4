using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.AdvanceSession;

public sealed class AdvanceSessionCommandValidator : AbstractValidator<AdvanceSessionCommand>
{
    public AdvanceSessionCommandValidator()
    {
        RuleFor(c => c.Dilemma).InclusiveBetween(0, SessionRules.MaxDilemmas - 1).WithMessage("Dit dilemma bestaat niet in de sessie.");
        RuleFor(c => c.Point).GreaterThanOrEqualTo(0).WithMessage("Dit beslismoment bestaat niet.");
        RuleFor(c => c.Stage).Chosen("Deze stap bestaat niet.");
        RuleFor(c => c.DiscussionMinutes)
            .InclusiveBetween(SessionRules.MinDiscussionMinutes, SessionRules.MaxDiscussionMinutes)
            .WithMessage($"Kies voor het gesprek {SessionRules.MinDiscussionMinutes} tot {SessionRules.MaxDiscussionMinutes} minuten.");
    }
}
