namespace Meldcode.Application.StaffConcerns.GetStaffConcerns;

public sealed record StaffConcernListItem(Guid Id, string Number, string StaffMemberName, DateTimeOffset RaisedAt, string RaisedByName, bool IsClosed, bool? ReasonableSuspicion);
