namespace Meldcode.Application.Administration.GetTeams;

public sealed record TeamDto(Guid Id, string Name, int Version, int MemberCount);
