using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers;

/// <summary>
/// Who can take over a dossier of a team: an active user of the organisation who works in that team, as professional or
/// as aandachtsfunctionaris. One rule for the forms' choices and for the changes that hand dossiers over.
/// </summary>
internal static class NewOwners
{
    /// <summary>The message when someone is chosen who cannot take over a dossier of this team.</summary>
    public const string NotOfTheTeam = "Kies een collega uit het team van dit dossier.";

    /// <summary>The same for several dossiers at once.</summary>
    public const string NotOfTheTeamOfThese = "Kies een collega uit het team van deze dossiers.";

    /// <summary>The active users of the organisation who work in one of these teams, with the teams they work in (among these), by name.</summary>
    public static async Task<IReadOnlyList<Candidate>> InTeamsAsync(IApplicationDbContext context, Guid organisationId, IReadOnlyCollection<Guid> teamIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var teams = teamIds.ToArray();
        var users = await context.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.IsActive)
            .Where(u => u.Memberships.Any(m => (m.Role == Role.Professional || m.Role == Role.SafeguardingLead) && m.TeamId != null && teams.Contains(m.TeamId.Value)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                Memberships = u.Memberships.Where(m => m.TeamId != null && teams.Contains(m.TeamId.Value)).Select(m => new { m.Role, TeamId = m.TeamId!.Value }).ToList(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return users.Select(u => new Candidate(
                u.Id,
                u.DisplayName,
                u.Memberships.Where(m => m.Role is Role.Professional or Role.SafeguardingLead).Select(m => m.TeamId).ToHashSet(),
                u.Memberships.Where(m => m.Role == Role.SafeguardingLead).Select(m => m.TeamId).ToHashSet()))
            .ToList();
    }

    /// <summary>Someone who can take over dossiers of <see cref="Teams"/>; <see cref="LeadOf"/> are the teams where they are aandachtsfunctionaris.</summary>
    public sealed record Candidate(Guid UserId, string Name, IReadOnlySet<Guid> Teams, IReadOnlySet<Guid> LeadOf)
    {
        public Actor Actor => new(UserId, Name);
    }
}
