using Meldcode.Domain.Users;

namespace Meldcode.Application.Authentication.SignInWithOrganisationAccount;

/// <summary>The verified identity must name the person; the rest (name, e-mail) is taken as the provider sends it.</summary>
public sealed class SignInWithOrganisationAccountCommandValidator : AbstractValidator<SignInWithOrganisationAccountCommand>
{
    public SignInWithOrganisationAccountCommandValidator()
    {
        RuleFor(c => c.Issuer).NotEmpty().WithMessage("De inlogdienst gaf niet door wie hem uitgaf (issuer).").MaximumLength(User.IssuerMaxLength).WithMessage($"De inlogdienst gaf een te lange naam van de uitgever door (hoogstens {User.IssuerMaxLength} tekens).");
        RuleFor(c => c.Subject).NotEmpty().WithMessage("De inlogdienst gaf niet door wie er inlogt (subject).").MaximumLength(User.SubjectMaxLength).WithMessage($"De inlogdienst gaf een te lange code voor de gebruiker door (hoogstens {User.SubjectMaxLength} tekens).");
    }
}
