namespace Meldcode.Application.Administration.GetManagedUser;

public sealed record ManagedUserDto(
    Guid Id,
    string DisplayName,
    string? Email,
    bool IsActive,
    bool SignsInThroughOrganisation,
    bool IsSelf,
    int Version,
    IReadOnlyList<ManagedRoleDto> Roles,
    IReadOnlyList<TeamOption> Teams,
    IReadOnlyList<AdministrationLogLine> History,
    int OpenDossiersOwned)
{
    public bool IsWaitingForAccess => IsActive && Roles.Count == 0;
}
