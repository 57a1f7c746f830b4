namespace Meldcode.Application.Administration.GetAdministrationOverview;

public sealed record AdministrationOverviewDto(
    string OrganisationName,
    int ActiveUsers,
    int Teams,
    IReadOnlyList<WaitingUser> Waiting,
    IReadOnlyList<AdministrationLogLine> LatestChanges);
