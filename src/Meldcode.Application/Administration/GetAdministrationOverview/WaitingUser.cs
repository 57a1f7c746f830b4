namespace Meldcode.Application.Administration.GetAdministrationOverview;

public sealed record WaitingUser(Guid Id, string DisplayName, string? Email);
