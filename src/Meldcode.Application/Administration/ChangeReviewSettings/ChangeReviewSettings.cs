using FluentValidation.Results;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.ChangeReviewSettings;

/// <summary>Four-eyes on reports, the reviewer for a team with nobody else to review, and when a dossier counts as stalled — at the version the form showed.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record ChangeReviewSettingsCommand(int Version, bool FourEyesOnReports, Guid? NamedReviewerId, int? StalledAfterWorkingDays) : IRequest<Unit>;

public sealed class ChangeReviewSettingsCommandHandler(AdministrationChanges changes) : IRequestHandler<ChangeReviewSettingsCommand, Unit>
{
    public async Task<Unit> Handle(ChangeReviewSettingsCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await changes.Context.Organisations.SingleAsync(o => o.Id == administrator.OrganisationId, cancellationToken).ConfigureAwait(false);
        changes.Context.EnsureVersion(organisation, request.Version, ConcurrencyConflictException.GeneralDutchMessage);

        string? reviewerName = null;
        if (request.NamedReviewerId is { } reviewerId)
        {
            reviewerName = await changes.Context.Users.AsNoTracking()
                .Where(u => u.Id == reviewerId && u.OrganisationId == organisation.Id && u.IsActive
                    && u.Memberships.Any(m => m.Role == Role.SafeguardingLead || m.Role == Role.Board))
                .Select(u => u.DisplayName)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new ValidationException([new ValidationFailure(nameof(request.NamedReviewerId), "Kies als beoordelaar een actieve aandachtsfunctionaris of iemand van het bestuur uit de lijst.")]);
        }

        var before = (organisation.FourEyesOnReports, organisation.NamedReviewerId, organisation.StalledAfterWorkingDays);
        organisation.ChangeReviewSettings(request.FourEyesOnReports, request.NamedReviewerId, request.StalledAfterWorkingDays!.Value);
        if (before != (organisation.FourEyesOnReports, organisation.NamedReviewerId, organisation.StalledAfterWorkingDays))
        {
            await changes.SaveAsync(administrator, AdministrationAction.ReviewSettingsChanged, organisation.Id, AdministrationPhrases.ReviewSettingsChanged(organisation, reviewerName), cancellationToken).ConfigureAwait(false);
        }

        return Unit.Value;
    }
}

public sealed class ChangeReviewSettingsCommandValidator : AbstractValidator<ChangeReviewSettingsCommand>
{
    public ChangeReviewSettingsCommandValidator()
    {
        RuleFor(c => c.StalledAfterWorkingDays)
            .NotNull().WithMessage("Vul in na hoeveel werkdagen een dossier stilstaat.")
            .InclusiveBetween(Organisation.MinStalledAfterWorkingDays, Organisation.MaxStalledAfterWorkingDays)
            .WithMessage($"Kies een aantal werkdagen tussen {Organisation.MinStalledAfterWorkingDays} en {Organisation.MaxStalledAfterWorkingDays}.");
    }
}
