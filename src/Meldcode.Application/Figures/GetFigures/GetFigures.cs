using Meldcode.Domain.Users;

namespace Meldcode.Application.Figures.GetFigures;

/// <summary>
/// The figures for the board and the yearly evaluation (see <see cref="FiguresReport"/>) for a period (see
/// <see cref="FiguresPeriod.Resolve"/>) and one team or location, or (<see cref="TeamId"/> null) every team the user may
/// see: the board every team of the organisation, an aandachtsfunctionaris their own teams. Any other team is not found.
/// </summary>
[Authorize(Role.Board, Role.SafeguardingLead)]
public sealed record GetFiguresQuery(DateOnly? From = null, DateOnly? To = null, Guid? TeamId = null) : IRequest<FiguresReport>;

public sealed class GetFiguresQueryValidator : AbstractValidator<GetFiguresQuery>
{
    public GetFiguresQueryValidator(TimeProvider clock)
    {
        this.Period(q => q.From, q => q.To, clock);
    }
}

public sealed class GetFiguresQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<GetFiguresQuery, FiguresReport>
{
    public async Task<FiguresReport> Handle(GetFiguresQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var locations = await FigureLocations.ChosenAsync(context, user, request.TeamId, cancellationToken).ConfigureAwait(false);
        var period = FiguresPeriod.Resolve(request.From, request.To, DutchTime.Today(clock.GetUtcNow()));
        return await FigureCounts.CountAsync(context, locations, period, request.TeamId, cancellationToken).ConfigureAwait(false);
    }
}
