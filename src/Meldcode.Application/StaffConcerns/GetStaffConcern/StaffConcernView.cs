using Meldcode.Domain.StaffConcerns;

namespace Meldcode.Application.StaffConcerns.GetStaffConcern;

public sealed record StaffConcernView(StaffConcern Concern, int Version, bool ViewerIsBoard);
