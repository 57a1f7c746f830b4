using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.ChangeOrganisationSettings;

/// <summary>Changes the name, sector, Veilig Thuis region and the retention terms (dossiers, staff-member records) together, at the version the form showed.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record ChangeOrganisationSettingsCommand(int Version, string? Name, Sector? Sector, string? VeiligThuisRegion, int? RetentionYears, int? StaffConcernRetentionYears) : IRequest<Unit>;

public sealed class ChangeOrganisationSettingsCommandHandler(AdministrationChanges changes) : IRequestHandler<ChangeOrganisationSettingsCommand, Unit>
{
    public async Task<Unit> Handle(ChangeOrganisationSettingsCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await changes.Context.Organisations.Include(o => o.Teams).SingleAsync(o => o.Id == administrator.OrganisationId, cancellationToken).ConfigureAwait(false);
        changes.Context.EnsureVersion(organisation, request.Version, ConcurrencyConflictException.GeneralDutchMessage);

        var (oldName, oldSector, oldRegion, oldRetention, oldStaffConcernRetention) = (organisation.Name, organisation.Sector, organisation.VeiligThuisRegion, organisation.RetentionYears, organisation.StaffConcernRetentionYears);
        organisation.ChangeSettings(request.Name!, request.Sector!.Value, request.VeiligThuisRegion, request.RetentionYears!.Value, request.StaffConcernRetentionYears!.Value);
        if (AdministrationPhrases.SettingsChanged(oldName, oldSector, oldRegion, oldRetention, oldStaffConcernRetention, organisation) is { } description)
        {
            await changes.SaveAsync(administrator, AdministrationAction.OrganisationSettingsChanged, organisation.Id, description, cancellationToken).ConfigureAwait(false);
        }

        return Unit.Value;
    }
}
