using Meldcode.Domain.Users;

namespace Meldcode.Application.StaffConcerns.GetStaffConcern;

[AccessLogged(AccessAction.Read, AccessSubject.StaffConcern)]
[Authorize]
public sealed record GetStaffConcernQuery(Guid Id) : IRequest<StaffConcernView>, IStaffConcernRequest;

public sealed class GetStaffConcernQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetStaffConcernQuery, StaffConcernView>
{
    public async Task<StaffConcernView> Handle(GetStaffConcernQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var concern = await StaffConcernAccess.LoadVisibleAsync(context, user, request.Id, tracking: true, cancellationToken).ConfigureAwait(false);
        return new StaffConcernView(concern, context.VersionOf(concern), user.Holds(Role.Board));
    }
}
