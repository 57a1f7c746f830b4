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
        return await context.Organisations.AsNoTracking()
            .Where(o => o.Id == administrator.OrganisationId)
            .Select(o => new OrganisationSettingsDto(o.Name, o.Sector, o.VeiligThuisRegion, o.RetentionYears, EF.Property<int>(o, VersionedSave.VersionProperty), o.CampaignWeek))
            .SingleAsync(cancellationToken).ConfigureAwait(false);
    }
}
