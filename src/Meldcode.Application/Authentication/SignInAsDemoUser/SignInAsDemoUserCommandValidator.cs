namespace Meldcode.Application.Authentication.SignInAsDemoUser;

public sealed class SignInAsDemoUserCommandValidator : AbstractValidator<SignInAsDemoUserCommand>
{
    public SignInAsDemoUserCommandValidator()
    {
        RuleFor(q => q.UserId)
            .Must(id => id is { } value && value != Guid.Empty)
            .WithMessage("Kies een demogebruiker om mee in te loggen.");
    }
}
