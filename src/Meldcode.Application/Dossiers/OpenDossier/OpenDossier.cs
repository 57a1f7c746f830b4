using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.OpenDossier;

/// <summary>A professional opens a dossier about a child, in one of their own teams.</summary>
[Authorize(Role.Professional, Role.SafeguardingLead)]
public sealed record OpenDossierCommand(Guid? TeamId, string? FirstName, string? LastName, DateOnly? DateOfBirth, string? Group) : IRequest<Guid>;

public sealed class OpenDossierCommandHandler : IRequestHandler<OpenDossierCommand, Guid>
{
    private const int Attempts = 3;
    private readonly IApplicationDbContext _context;
    private readonly CurrentUserContext _users;
    private readonly TimeProvider _timeProvider;

    public OpenDossierCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider timeProvider)
    {
        _context = context;
        _users = users;
        _timeProvider = timeProvider;
    }

    public async Task<Guid> Handle(OpenDossierCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await _users.GetAsync(cancellationToken).ConfigureAwait(false);
        var teamId = request.TeamId!.Value;
        if (!user.Holds(Role.Professional, teamId) && !user.Holds(Role.SafeguardingLead, teamId))
        {
            throw new ForbiddenAccessException("A dossier can only be opened in one of the user's own teams.");
        }

        var now = _timeProvider.GetUtcNow();
        var child = new Child(request.FirstName!, request.LastName!, request.DateOfBirth!.Value, request.Group);
        var year = Domain.Common.DutchTime.Today(now).Year;
        for (var attempt = 1; ; attempt++)
        {
            var last = await _context.Dossiers
                .Where(d => d.OrganisationId == user.OrganisationId && d.NumberYear == year)
                .MaxAsync(d => (int?)d.NumberSequence, cancellationToken).ConfigureAwait(false) ?? 0;
            var dossier = Dossier.Open(user.OrganisationId, user.Sector, teamId, new DossierNumber(year, last + 1), child, user.Actor, now);
            _context.Dossiers.Add(dossier);
            try
            {
                await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return dossier.Id;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Someone took the same number at the same moment: take the next one.
                _context.Dossiers.Remove(dossier);
            }
        }
    }
}
