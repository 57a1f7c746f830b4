using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Administration.ChangeCampaignWeek;

/// <summary>Sets the dates (day and month, every year) and the theme of the Week tegen Kindermishandeling, at the version the form showed.</summary>
[Authorize(Role.FunctionalAdministrator)]
public sealed record ChangeCampaignWeekCommand(int Version, int? WeekStartDay, int? WeekStartMonth, int? WeekEndDay, int? WeekEndMonth, string? WeekTheme) : IRequest<Unit>;

public sealed class ChangeCampaignWeekCommandHandler(AdministrationChanges changes) : IRequestHandler<ChangeCampaignWeekCommand, Unit>
{
    public async Task<Unit> Handle(ChangeCampaignWeekCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var administrator = await changes.AdministratorAsync(cancellationToken).ConfigureAwait(false);
        var organisation = await changes.Context.Organisations.SingleAsync(o => o.Id == administrator.OrganisationId, cancellationToken).ConfigureAwait(false);
        changes.Context.EnsureVersion(organisation, request.Version, ConcurrencyConflictException.GeneralDutchMessage);

        var old = organisation.CampaignWeek;
        organisation.ChangeCampaignWeek(new CampaignWeek(
            request.WeekStartDay!.Value, request.WeekStartMonth!.Value, request.WeekEndDay!.Value, request.WeekEndMonth!.Value, request.WeekTheme!));
        if (AdministrationPhrases.CampaignWeekChanged(old, organisation.CampaignWeek) is { } description)
        {
            await changes.SaveAsync(administrator, AdministrationAction.OrganisationSettingsChanged, organisation.Id, description, cancellationToken).ConfigureAwait(false);
        }

        return Unit.Value;
    }
}
