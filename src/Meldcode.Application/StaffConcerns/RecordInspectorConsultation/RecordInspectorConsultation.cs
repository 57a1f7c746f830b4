using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;

namespace Meldcode.Application.StaffConcerns.RecordInspectorConsultation;

[AccessLogged(AccessAction.Update, AccessSubject.StaffConcern)]
[Authorize(Role.Board)]
public sealed record RecordInspectorConsultationCommand(Guid Id, int Version, DateOnly? ConsultedOn, string? Outcome, bool? ReasonableSuspicion, string? Grounds) : StaffConcernChange(Id, Version);

public sealed class RecordInspectorConsultationCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
    : StaffConcernChangeHandler<RecordInspectorConsultationCommand>(context, users, clock)
{
    protected override void Change(StaffConcern concern, RecordInspectorConsultationCommand command, DateTimeOffset now) =>
        concern.RecordInspectorConsultation(command.ConsultedOn!.Value, command.Outcome!, command.ReasonableSuspicion!.Value, command.Grounds!);
}
