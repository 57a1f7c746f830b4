using Meldcode.Domain.Users;

namespace Meldcode.Application.Authentication.SignInWithOrganisationAccount;

/// <summary>The verified identity must name the person; the rest (name, e-mail) is taken as the provider sends it.</summary>
public sealed class SignInWithOrganisationAccountCommandValidator : AbstractValidator<SignInWithOrganisationAccountCommand>
{
    public SignInWithOrganisationAccountCommandValidator()
    {
        RuleFor(c => c.Issuer).NotEmpty().MaximumLength(User.IssuerMaxLength);
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(User.SubjectMaxLength);
    }
}
