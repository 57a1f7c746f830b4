using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;

namespace Meldcode.Application.StaffConcerns.CloseStaffConcern;

[AccessLogged(AccessAction.Update, AccessSubject.StaffConcern)]
[Authorize(Role.Board)]
public sealed record CloseStaffConcernCommand(Guid Id, int Version) : StaffConcernChange(Id, Version);

public sealed class CloseStaffConcernCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
    : StaffConcernChangeHandler<CloseStaffConcernCommand>(context, users, clock)
{
    protected override void Change(StaffConcern concern, CloseStaffConcernCommand command, DateTimeOffset now) =>
        concern.Close(now);
}
