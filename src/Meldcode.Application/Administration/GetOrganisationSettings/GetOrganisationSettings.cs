using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.GetOrganisationSettings;

/// <summary>The organisation's settings as the functioneel beheerder manages them.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record GetOrganisationSettingsQuery : IRequest<OrganisationSettingsDto>;

public sealed class GetOrganisationSettingsQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetOrganisationSettingsQuery, OrganisationSettingsDto>
{
    public async Task<OrganisationSettingsDto> Handle(GetOrganisationSettingsQuery request, CancellationToken cancellationToken)
    {
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var settings = await context.Organisations.AsNoTracking()
            .Where(o => o.Id == administrator.OrganisationId)
            .Select(o => new OrganisationSettingsDto(
                o.Name, o.Sector, o.VeiligThuisRegion, o.RetentionYears, o.StaffConcernRetentionYears, EF.Property<int>(o, VersionedSave.VersionProperty), o.CampaignWeek,
                o.FourEyesOnReports, o.NamedReviewerId, o.StalledAfterWorkingDays))
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return settings with { ReviewerChoices = await ReviewerChoicesAsync(administrator.OrganisationId, cancellationToken).ConfigureAwait(false) };
    }

    private async Task<IReadOnlyList<ReviewerChoice>> ReviewerChoicesAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var teams = await context.Teams.AsNoTracking().Where(t => t.OrganisationId == organisationId)
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var people = await context.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.IsActive && u.Memberships.Any(m => m.Role == Role.SafeguardingLead || m.Role == Role.Board))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, Memberships = u.Memberships.Where(m => m.Role == Role.SafeguardingLead || m.Role == Role.Board).ToList() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return people.Select(p => new ReviewerChoice(p.Id, p.DisplayName, string.Join(", ", p.Memberships
                .Select(m => m.Role == Role.Board ? "bestuur" : $"aandachtsfunctionaris {(m.TeamId is { } team && teams.TryGetValue(team, out var name) ? name : string.Empty)}".TrimEnd())
                .Distinct())))
            .ToList();
    }
}
