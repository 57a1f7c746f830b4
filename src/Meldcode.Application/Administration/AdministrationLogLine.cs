namespace Meldcode.Application.Administration;

/// <summary>One line of the administration log as the admin area shows it.</summary>
public sealed record AdministrationLogLine(DateTimeOffset At, string ActorName, string Description);
