using Meldcode.Application.Dossiers;
using Meldcode.Application.Dossiers.GetColleagues;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Teams.GetHandOverChoices;

/// <summary>
/// What the aandachtsfunctionaris can hand over, in their own teams: per team, the owners who are no longer active and
/// how many open dossiers each still owns (the team overview's "no active owner"); and for one owner (active or not),
/// their open dossiers there, per team, with the colleagues of that team who can take them over.
/// </summary>
[Authorize(Role.SafeguardingLead)]
public sealed record GetHandOverChoicesQuery(Guid? PreviousOwnerId = null) : IRequest<HandOverChoices>;

public sealed class GetHandOverChoicesQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetHandOverChoicesQuery, HandOverChoices>
{
    public async Task<HandOverChoices> Handle(GetHandOverChoicesQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lead = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var organisationId = lead.OrganisationId;
        var leadOf = lead.TeamsWhere(Role.SafeguardingLead).ToArray();
        var teamNames = await context.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == organisationId && leadOf.Contains(t.Id))
            .Select(t => new { t.Id, t.Name })
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var teams = teamNames.Keys.ToArray();

        var withoutOwner = await context.Dossiers.AsNoTracking()
            .Where(d => d.OrganisationId == organisationId && d.ClosedAt == null && teams.Contains(d.TeamId))
            .Join(context.Users.Where(u => !u.IsActive), d => d.OwnerId, u => u.Id, (d, u) => new { d.TeamId, OwnerId = u.Id, u.DisplayName })
            .GroupBy(x => new { x.TeamId, x.OwnerId, x.DisplayName })
            .Select(g => new { g.Key.TeamId, g.Key.OwnerId, g.Key.DisplayName, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var perTeam = teamNames
            .OrderBy(t => t.Value, StringComparer.CurrentCulture)
            .Select(t => new TeamWithoutActiveOwners(
                t.Key,
                t.Value,
                withoutOwner.Where(o => o.TeamId == t.Key)
                    .OrderBy(o => o.DisplayName, StringComparer.CurrentCulture)
                    .Select(o => new OwnerWithOpenDossiers(o.OwnerId, o.DisplayName, o.Count))
                    .ToList()))
            .ToList();

        return new HandOverChoices(perTeam, request.PreviousOwnerId is { } previousOwnerId
            ? await DossiersOfAsync(previousOwnerId, organisationId, teamNames, cancellationToken).ConfigureAwait(false)
            : null);
    }

    /// <summary>The open dossiers of one owner in the lead's teams, per team, with who can take them over there. An owner outside the organisation is not found.</summary>
    private async Task<PreviousOwnerDossiers> DossiersOfAsync(Guid previousOwnerId, Guid organisationId, Dictionary<Guid, string> teamNames, CancellationToken cancellationToken)
    {
        var owner = await context.Users.AsNoTracking()
            .Where(u => u.Id == previousOwnerId && u.OrganisationId == organisationId)
            .Select(u => new { u.Id, u.DisplayName, u.IsActive })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(User), previousOwnerId);
        var teams = teamNames.Keys.ToArray();
        var dossiers = await context.Dossiers.AsNoTracking()
            .Where(d => d.OrganisationId == organisationId && d.ClosedAt == null && d.OwnerId == owner.Id && teams.Contains(d.TeamId))
            .OrderBy(d => d.NumberYear).ThenBy(d => d.NumberSequence)
            .Select(d => new
            {
                d.TeamId,
                Dossier = new DossierToHandOver(
                    d.Id,
                    EF.Property<int>(d, VersionedSave.VersionProperty),
                    d.Number,
                    d.Subject == DossierSubject.Client ? d.Client!.FirstName + " " + d.Client!.LastName : d.Child!.FirstName + " " + d.Child!.LastName,
                    d.CurrentStep,
                    d.LastActivityAt),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var withDossiers = dossiers.Select(d => d.TeamId).ToHashSet();
        var candidates = await NewOwners.InTeamsAsync(context, organisationId, withDossiers, cancellationToken).ConfigureAwait(false);
        var perTeam = teamNames.Where(t => withDossiers.Contains(t.Key))
            .OrderBy(t => t.Value, StringComparer.CurrentCulture)
            .Select(t => new TeamOfDossiers(
                t.Key,
                t.Value,
                dossiers.Where(d => d.TeamId == t.Key).Select(d => d.Dossier).ToList(),
                candidates.Where(c => c.Teams.Contains(t.Key) && c.UserId != owner.Id)
                    .Select(c => new Colleague(c.UserId, c.Name, c.LeadOf.Contains(t.Key)))
                    .ToList()))
            .ToList();
        return new PreviousOwnerDossiers(owner.Id, owner.DisplayName, owner.IsActive, perTeam);
    }
}
