using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.SendReflection;

public sealed class SendReflectionCommandValidator : AbstractValidator<SendReflectionCommand>
{
    public SendReflectionCommandValidator()
    {
        RuleFor(c => c.Text).RequiredText(FieldName.Singular("je reactie"), Reflection.TextMax);
    }
}
