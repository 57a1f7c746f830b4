namespace Meldcode.Application.StaffConcerns;

/// <summary>Base for the board's changes: load (visible to the board), check the version, change, save.</summary>
public abstract record StaffConcernChange(Guid Id, int Version) : IRequest<Unit>, IStaffConcernRequest;
