using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Administration.Teams;

/// <summary>The organisation's teams and locations, by name, with how many people hold a role there.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record GetTeamsQuery : IRequest<IReadOnlyList<TeamDto>>;

public sealed record TeamDto(Guid Id, string Name, int Version, int MemberCount);

public sealed class GetTeamsQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetTeamsQuery, IReadOnlyList<TeamDto>>
{
    public async Task<IReadOnlyList<TeamDto>> Handle(GetTeamsQuery request, CancellationToken cancellationToken)
    {
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var teams = await context.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == administrator.OrganisationId)
            .Select(t => new
            {
                t.Id,
                t.Name,
                Version = EF.Property<int>(t, VersionedSave.VersionProperty),
                Members = context.Users.Count(u => u.IsActive && u.Memberships.Any(m => m.TeamId == t.Id)),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return teams
            .Select(t => new TeamDto(t.Id, t.Name, t.Version, t.Members))
            .OrderBy(t => t.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}

[Authorize(Role.FunctionalAdministrator)]
public sealed record AddTeamCommand(string? Name) : IRequest<Guid>;

public sealed class AddTeamCommandValidator : AbstractValidator<AddTeamCommand>
{
    public AddTeamCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText("de naam van het team of de locatie", Team.NameMaxLength);
    }
}

[Authorize(Role.FunctionalAdministrator)]
public sealed record RenameTeamCommand(Guid TeamId, int Version, string? Name) : IRequest<Unit>;

public sealed class RenameTeamCommandValidator : AbstractValidator<RenameTeamCommand>
{
    public RenameTeamCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText("de nieuwe naam van het team of de locatie", Team.NameMaxLength);
    }
}

public sealed class TeamCommandHandler(AdministrationChanges changes) :
    IRequestHandler<AddTeamCommand, Guid>,
    IRequestHandler<RenameTeamCommand, Unit>
{
    public async Task<Guid> Handle(AddTeamCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await OrganisationAsync(administrator, cancellationToken).ConfigureAwait(false);
        var team = organisation.AddTeam(request.Name!);
        await SaveAsync(administrator, AdministrationAction.TeamAdded, team, AdministrationPhrases.TeamAdded(team), cancellationToken).ConfigureAwait(false);
        return team.Id;
    }

    public async Task<Unit> Handle(RenameTeamCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await OrganisationAsync(administrator, cancellationToken).ConfigureAwait(false);
        var team = organisation.Teams.SingleOrDefault(t => t.Id == request.TeamId) ?? throw new NotFoundException(nameof(Team), request.TeamId);
        changes.Context.EnsureVersion(team, request.Version, ConcurrencyConflictException.GeneralDutchMessage);
        var oldName = team.Name;
        organisation.RenameTeam(team.Id, request.Name!);
        if (team.Name == oldName)
        {
            return Unit.Value;
        }

        await SaveAsync(administrator, AdministrationAction.TeamRenamed, team, AdministrationPhrases.TeamRenamed(oldName, team), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    private async Task<Organisation> OrganisationAsync(UserContext administrator, CancellationToken cancellationToken) =>
        await changes.Context.Organisations.Include(o => o.Teams)
            .SingleAsync(o => o.Id == administrator.OrganisationId, cancellationToken).ConfigureAwait(false);

    /// <summary>Two administrators choosing the same new name at the same moment: the unique index refuses the second, who is told as if they had been first to see it.</summary>
    private async Task SaveAsync(UserContext administrator, AdministrationAction action, Team team, string description, CancellationToken cancellationToken)
    {
        try
        {
            await changes.SaveAsync(administrator, action, team.Id, description, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"Er is al een team of locatie met de naam '{team.Name}'.");
        }
    }
}
