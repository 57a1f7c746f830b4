using FluentValidation;

namespace Meldcode.Application.Authentication.Queries.GetSignInIdentity;

public sealed class GetDemoSignInQueryValidator : AbstractValidator<GetDemoSignInQuery>
{
    public GetDemoSignInQueryValidator()
    {
        RuleFor(q => q.UserId)
            .Must(id => id is { } value && value != Guid.Empty)
            .WithMessage("Kies een demogebruiker om mee in te loggen.");
    }
}
