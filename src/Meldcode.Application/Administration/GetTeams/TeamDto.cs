using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Administration.GetTeams;

public sealed record TeamDto(Guid Id, string Name, Sector Sector, int Version, int MemberCount);
