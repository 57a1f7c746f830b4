namespace Meldcode.Application.Administration.GetAdministrationLog;

public sealed record AdministrationLogPage(IReadOnlyList<AdministrationLogLine> Lines, int Page, bool HasOlder);
