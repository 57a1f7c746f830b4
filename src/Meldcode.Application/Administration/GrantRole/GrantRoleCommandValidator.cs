using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.GrantRole;

public sealed class GrantRoleCommandValidator : AbstractValidator<GrantRoleCommand>
{
    public GrantRoleCommandValidator()
    {
        RuleFor(c => c.Role).Chosen("Kies een rol.");
        RuleFor(c => c.TeamId)
            .NotNull().WithMessage("Kies het team of de locatie waarvoor deze rol geldt.")
            .When(c => c.Role is { } role && Enum.IsDefined(role) && role.IsTeamScoped());
        RuleFor(c => c.TeamId)
            .Null().WithMessage("Deze rol geldt voor de hele organisatie: kies geen team of locatie.")
            .When(c => c.Role is { } role && Enum.IsDefined(role) && !role.IsTeamScoped());
    }
}
