using Meldcode.Domain.Users;

namespace Meldcode.Application.Figures.GetFigureLocations;

/// <summary>The teams or locations whose figures the user may see (the choices of the figures page's filter): every team for the board, the own teams for an aandachtsfunctionaris.</summary>
[Authorize(Role.Board, Role.SafeguardingLead)]
public sealed record GetFigureLocationsQuery : IRequest<IReadOnlyList<FigureLocation>>;

public sealed class GetFigureLocationsQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetFigureLocationsQuery, IReadOnlyList<FigureLocation>>
{
    public async Task<IReadOnlyList<FigureLocation>> Handle(GetFigureLocationsQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        return await FigureLocations.VisibleAsync(context, user, cancellationToken).ConfigureAwait(false);
    }
}
