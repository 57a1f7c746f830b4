using Meldcode.Application.Dossiers;
using Meldcode.Application.Inbox;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Teams.HandOverDossiersOf;

/// <summary>
/// The aandachtsfunctionaris hands open dossiers of one owner (typically someone who left and was deactivated) to one
/// colleague at once, with one reason. Only dossiers of the caller's own teams (any other is not found), each at the
/// version the lead saw, all to someone who works in each dossier's team: all of them are handed over, or none.
/// </summary>
[Authorize(Role.SafeguardingLead)]
public sealed record HandOverDossiersOfCommand(Guid? PreviousOwnerId, Guid? NewOwnerId, string? Reason, IReadOnlyList<DossierAtVersion>? Dossiers) : IRequest<int>
{
    /// <summary>At most this many dossiers in one go.</summary>
    public const int MaxDossiers = 500;
}

/// <summary>A dossier as the lead saw it on the page: its id and version.</summary>
public sealed record DossierAtVersion(Guid DossierId, int Version);

public sealed class HandOverDossiersOfCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock, DossierInbox inbox) : IRequestHandler<HandOverDossiersOfCommand, int>
{
    /// <summary>What a conflict says after naming the dossier that changed.</summary>
    public const string ConflictConsequence =
        "Er is niets overgedragen. Hieronder zie je de actuele stand; controleer die en draag de dossiers opnieuw over als het nog nodig is.";

    public async Task<int> Handle(HandOverDossiersOfCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lead = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var leadOf = lead.TeamsWhere(Role.SafeguardingLead).ToHashSet();
        var chosen = request.Dossiers!;
        var ids = chosen.Select(d => d.DossierId).ToList();

        // Object level first: a dossier outside the lead's teams is not found, exactly like an unknown one.
        var whereabouts = await context.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.OrganisationId, d.TeamId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            var found = whereabouts.Find(d => d.Id == id);
            if (found is null || found.OrganisationId != lead.OrganisationId || !leadOf.Contains(found.TeamId))
            {
                throw new NotFoundException(nameof(Dossier), id);
            }
        }

        var previousOwner = await context.Users.AsNoTracking()
            .Where(u => u.Id == request.PreviousOwnerId && u.OrganisationId == lead.OrganisationId)
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(User), request.PreviousOwnerId!);

        var dossiers = new List<Dossier>(chosen.Count);
        foreach (var item in chosen)
        {
            var dossier = await DossierWorkspace.LoadAsync(context, item.DossierId, cancellationToken).ConfigureAwait(false);
            if (context.VersionOf(dossier) != item.Version)
            {
                throw Conflict(dossier.Number);
            }

            context.ExpectVersion(dossier, item.Version);
            if (dossier.OwnerId != previousOwner.Id)
            {
                throw new DomainException($"Dossier {dossier.Number} is niet van {previousOwner.DisplayName}. Open de lijst opnieuw en kies uit de dossiers die daar staan.");
            }

            dossiers.Add(dossier);
        }

        var teams = dossiers.Select(d => d.TeamId).ToHashSet();
        var newOwner = (await NewOwners.InTeamsAsync(context, lead.OrganisationId, teams, cancellationToken).ConfigureAwait(false))
            .SingleOrDefault(c => c.UserId == request.NewOwnerId && teams.IsSubsetOf(c.Teams))
            ?? throw new DomainException(dossiers.Count == 1 ? NewOwners.NotOfTheTeam : NewOwners.NotOfTheTeamOfThese);

        var now = clock.GetUtcNow();
        foreach (var dossier in dossiers)
        {
            dossier.HandOver(newOwner.Actor, previousOwner.DisplayName, request.Reason!, lead.Actor, now);
            await inbox.DeliverAsync(dossier, lead.Actor, now, cancellationToken).ConfigureAwait(false);
        }

        // One save: one transaction. A dossier someone saved after it was loaded here fails it, and nothing is saved.
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            var changed = exception.Entries.Select(e => e.Entity).OfType<Dossier>().Select(d => d.Number).FirstOrDefault();
            throw new ConcurrencyConflictException(ConflictMessage(changed), exception);
        }

        return dossiers.Count;
    }

    /// <summary>The conflict message, naming the dossier that changed when it is known.</summary>
    public static string ConflictMessage(string? number) =>
        number is null
            ? $"Een van de dossiers is net gewijzigd, nadat je deze pagina opende. {ConflictConsequence}"
            : $"Dossier {number} is net gewijzigd, nadat je deze pagina opende. {ConflictConsequence}";

    private static ConcurrencyConflictException Conflict(string number) => new(ConflictMessage(number));
}
