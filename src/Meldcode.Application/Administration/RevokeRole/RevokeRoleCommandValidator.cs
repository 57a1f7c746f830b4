namespace Meldcode.Application.Administration.RevokeRole;

public sealed class RevokeRoleCommandValidator : AbstractValidator<RevokeRoleCommand>
{
    public RevokeRoleCommandValidator()
    {
        RuleFor(c => c.Role).Chosen("Kies de rol die je wilt intrekken.");
    }
}
