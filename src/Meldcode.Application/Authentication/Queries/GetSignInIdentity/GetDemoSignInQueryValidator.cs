using FluentValidation;

namespace Meldcode.Application.Authentication.Queries.GetSignInIdentity;

public sealed class GetDemoSignInQueryValidator : AbstractValidator<GetDemoSignInQuery>
{
    public GetDemoSignInQueryValidator()
    {
        RuleFor(q => q.UserId)
            .NotEmpty()
            .WithMessage("Kies een demogebruiker om mee in te loggen.");
    }
}
