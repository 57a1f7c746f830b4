using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.SendReflection;

public sealed class SendReflectionCommandValidator : AbstractValidator<SendReflectionCommand>
{
    public SendReflectionCommandValidator()
    {
        RuleFor(c => c.Text).RequiredText("je reactie", Reflection.TextMax);
    }
}
