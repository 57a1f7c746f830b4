using Meldcode.Application.Figures.GetFigureLocations;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Figures;

/// <summary>
/// Whose figures a user may see: the board (bevoegd gezag) every team of the organisation, an aandachtsfunctionaris
/// the teams where they hold that role. A team outside that is not found, as if it did not exist.
/// </summary>
internal static class FigureLocations
{
    public static async Task<IReadOnlyList<FigureLocation>> VisibleAsync(IApplicationDbContext context, UserContext user, CancellationToken cancellationToken)
    {
        var everyTeam = user.Holds(Role.Board);
        Guid[] leadTeams = [.. user.TeamsWhere(Role.SafeguardingLead)];
        var teams = await context.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == user.OrganisationId && (everyTeam || leadTeams.Contains(t.Id)))
            .Select(t => new FigureLocation(t.Id, t.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. teams.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(t => t.TeamId)];
    }

    /// <summary>The chosen team, or (none chosen) every team the user may see.</summary>
    public static async Task<IReadOnlyList<FigureLocation>> ChosenAsync(IApplicationDbContext context, UserContext user, Guid? teamId, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(context, user, cancellationToken).ConfigureAwait(false);
        if (teamId is not { } chosen)
        {
            return visible;
        }

        var team = visible.FirstOrDefault(t => t.TeamId == chosen) ?? throw new NotFoundException(nameof(Team), chosen);
        return [team];
    }
}
