using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Meldcode.Application.Common.Exceptions;

namespace Meldcode.Application.Administration.Settings;

/// <summary>The organisation's settings as the functioneel beheerder manages them.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record GetOrganisationSettingsQuery : IRequest<OrganisationSettingsDto>;

public sealed record OrganisationSettingsDto(string Name, Sector Sector, string? VeiligThuisRegion, int? RetentionYears, int Version);

public sealed class GetOrganisationSettingsQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetOrganisationSettingsQuery, OrganisationSettingsDto>
{
    public async Task<OrganisationSettingsDto> Handle(GetOrganisationSettingsQuery request, CancellationToken cancellationToken)
    {
        var administrator = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        return await context.Organisations.AsNoTracking()
            .Where(o => o.Id == administrator.OrganisationId)
            .Select(o => new OrganisationSettingsDto(o.Name, o.Sector, o.VeiligThuisRegion, o.RetentionYears, EF.Property<int>(o, VersionedSave.VersionProperty)))
            .SingleAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Changes the name, sector, Veilig Thuis region and retention term together, at the version the form showed.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record ChangeOrganisationSettingsCommand(int Version, string? Name, Sector? Sector, string? VeiligThuisRegion, int? RetentionYears) : IRequest<Unit>;

public sealed class ChangeOrganisationSettingsCommandValidator : AbstractValidator<ChangeOrganisationSettingsCommand>
{
    public ChangeOrganisationSettingsCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText("de naam van de organisatie", Organisation.NameMaxLength);
        RuleFor(c => c.Sector).Chosen("Kies de sector van de organisatie.");
        RuleFor(c => c.VeiligThuisRegion).OptionalText("de regio van Veilig Thuis", Organisation.VeiligThuisRegionMaxLength);
        RuleFor(c => c.RetentionYears)
            .NotNull().WithMessage("Vul de bewaartermijn in, in jaren.")
            .InclusiveBetween(Organisation.MinRetentionYears, Organisation.MaxRetentionYears)
            .WithMessage($"De bewaartermijn moet tussen {Organisation.MinRetentionYears} en {Organisation.MaxRetentionYears} jaar liggen.");
    }
}

public sealed class ChangeOrganisationSettingsCommandHandler(AdministrationChanges changes) : IRequestHandler<ChangeOrganisationSettingsCommand, Unit>
{
    public async Task<Unit> Handle(ChangeOrganisationSettingsCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await changes.Context.Organisations.SingleAsync(o => o.Id == administrator.OrganisationId, cancellationToken).ConfigureAwait(false);
        changes.Context.EnsureVersion(organisation, request.Version, ConcurrencyConflictException.GeneralDutchMessage);

        var (oldName, oldSector, oldRegion, oldRetention) = (organisation.Name, organisation.Sector, organisation.VeiligThuisRegion, organisation.RetentionYears);
        organisation.ChangeSettings(request.Name!, request.Sector!.Value, request.VeiligThuisRegion, request.RetentionYears!.Value);
        if (AdministrationPhrases.SettingsChanged(oldName, oldSector, oldRegion, oldRetention, organisation) is { } description)
        {
            await changes.SaveAsync(administrator, AdministrationAction.OrganisationSettingsChanged, organisation.Id, description, cancellationToken).ConfigureAwait(false);
        }

        return Unit.Value;
    }
}
