using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Administration.Users;

/// <summary>Gives a user a role; professional and aandachtsfunctionaris are given for a team or location.</summary>
[Authorize(Domain.Users.Role.FunctionalAdministrator)]
public sealed record GrantRoleCommand(Guid UserId, int Version, Role? Role, Guid? TeamId) : IRequest<Unit>;

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

/// <summary>Takes a role away from a user. The last active functioneel beheerder keeps theirs.</summary>
[Authorize(Domain.Users.Role.FunctionalAdministrator)]
public sealed record RevokeRoleCommand(Guid UserId, int Version, Role? Role, Guid? TeamId) : IRequest<Unit>;

public sealed class RevokeRoleCommandValidator : AbstractValidator<RevokeRoleCommand>
{
    public RevokeRoleCommandValidator()
    {
        RuleFor(c => c.Role).Chosen("Kies de rol die je wilt intrekken.");
    }
}

/// <summary>
/// A deactivated user can no longer sign in, and their open sessions end at their next request. Nobody
/// deactivates themselves, and the last active functioneel beheerder stays.
/// </summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record DeactivateUserCommand(Guid UserId, int Version) : IRequest<Unit>;

/// <summary>A deactivated user may sign in again, with the roles they had.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record ReactivateUserCommand(Guid UserId, int Version) : IRequest<Unit>;

public sealed class UserCommandHandler(AdministrationChanges changes) :
    IRequestHandler<GrantRoleCommand, Unit>,
    IRequestHandler<RevokeRoleCommand, Unit>,
    IRequestHandler<DeactivateUserCommand, Unit>,
    IRequestHandler<ReactivateUserCommand, Unit>
{
    public async Task<Unit> Handle(GrantRoleCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var user = await changes.UserToChangeAsync(administrator, request.UserId, request.Version, cancellationToken).ConfigureAwait(false);
        if (user.Id == administrator.UserId)
        {
            // Administrators do not read dossiers; giving oneself a role that does would undo that unseen.
            throw new DomainException("Je kunt jezelf geen rol geven. Vraag een andere functioneel beheerder om dat te doen.");
        }

        var team = await TeamAsync(administrator, request.TeamId, cancellationToken).ConfigureAwait(false);

        var role = request.Role!.Value;
        user.Grant(role, team);
        await changes.SaveAsync(administrator, AdministrationAction.RoleGranted, user.Id, AdministrationPhrases.RoleGranted(user, role, team), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    public async Task<Unit> Handle(RevokeRoleCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var user = await changes.UserToChangeAsync(administrator, request.UserId, request.Version, cancellationToken).ConfigureAwait(false);
        var team = await TeamAsync(administrator, request.TeamId, cancellationToken).ConfigureAwait(false);
        var role = request.Role!.Value;
        if (role == Role.FunctionalAdministrator && user.IsActive)
        {
            await changes.EnsureAnotherActiveAdministratorAsync(user, cancellationToken).ConfigureAwait(false);
        }

        if (!user.Revoke(role, request.TeamId))
        {
            throw new DomainException("Deze gebruiker heeft deze rol niet (meer).");
        }

        await changes.SaveAsync(administrator, AdministrationAction.RoleRevoked, user.Id, AdministrationPhrases.RoleRevoked(user, role, team), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    public async Task<Unit> Handle(DeactivateUserCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var user = await changes.UserToChangeAsync(administrator, request.UserId, request.Version, cancellationToken).ConfigureAwait(false);
        if (user.Id == administrator.UserId)
        {
            throw new DomainException("Je kunt jezelf niet deactiveren. Vraag een andere functioneel beheerder om dat te doen.");
        }

        if (!user.IsActive)
        {
            throw new DomainException("Deze gebruiker is al gedeactiveerd.");
        }

        if (user.HasRole(Role.FunctionalAdministrator))
        {
            await changes.EnsureAnotherActiveAdministratorAsync(user, cancellationToken).ConfigureAwait(false);
        }

        user.Deactivate();
        var sessions = await changes.Context.UserSessions.Where(s => s.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        changes.Context.UserSessions.RemoveRange(sessions);
        await changes.SaveAsync(administrator, AdministrationAction.UserDeactivated, user.Id, AdministrationPhrases.Deactivated(user, sessions.Count), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    public async Task<Unit> Handle(ReactivateUserCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var user = await changes.UserToChangeAsync(administrator, request.UserId, request.Version, cancellationToken).ConfigureAwait(false);
        if (user.IsActive)
        {
            throw new DomainException("Deze gebruiker is al actief.");
        }

        user.Reactivate();
        await changes.SaveAsync(administrator, AdministrationAction.UserReactivated, user.Id, AdministrationPhrases.Reactivated(user), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    /// <summary>A team of the administrator's organisation; another organisation's team does not exist here.</summary>
    private async Task<Team?> TeamAsync(UserContext administrator, Guid? teamId, CancellationToken cancellationToken) =>
        teamId is not { } id
            ? null
            : await changes.Context.Teams.AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == id && t.OrganisationId == administrator.OrganisationId, cancellationToken).ConfigureAwait(false)
              ?? throw new NotFoundException(nameof(Team), id);
}
