namespace Meldcode.Application.Dossiers.GetColleagues;

public sealed record Colleague(Guid UserId, string Name, bool IsLeadOfTeam);
