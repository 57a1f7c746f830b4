using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;

namespace Meldcode.Application.StaffConcerns.RecordPoliceReport;

[AccessLogged(AccessAction.Update, AccessSubject.StaffConcern)]
[Authorize(Role.Board)]
public sealed record RecordPoliceReportCommand(Guid Id, int Version, DateOnly? ReportedOn, string? Reference, bool StaffMemberInformed, bool ParentsInformed) : StaffConcernChange(Id, Version);

public sealed class RecordPoliceReportCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
    : StaffConcernChangeHandler<RecordPoliceReportCommand>(context, users, clock)
{
    protected override void Change(StaffConcern concern, RecordPoliceReportCommand command, DateTimeOffset now) =>
        concern.RecordPoliceReport(command.ReportedOn!.Value, command.Reference!, command.StaffMemberInformed, command.ParentsInformed);
}
