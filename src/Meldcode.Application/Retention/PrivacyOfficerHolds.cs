using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Retention;

/// <summary>
/// The privacy officer's way to a legal hold: by dossier number, within the organisation, without reading the dossier.
/// The change is saved like any dossier change (the chronology records it for those who may read the dossier); the
/// access log gets a line for the dossier after the save.
/// </summary>
public sealed class PrivacyOfficerHolds(IApplicationDbContext context, CurrentUserContext users, IAccessLog accessLog, TimeProvider time)
{
    public async Task ChangeAsync(string? number, string field, Action<Dossier, Actor, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var wanted = number!.Trim().ToUpperInvariant();
        var id = await context.Dossiers.AsNoTracking()
            .Where(d => d.OrganisationId == user.OrganisationId && d.Number == wanted)
            .Select(d => (Guid?)d.Id)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(field, $"Er is geen dossier met nummer {wanted} in jullie organisatie. Controleer het nummer.") { AttemptedValue = number }]);
        var dossier = await Dossiers.DossierWorkspace.LoadAsync(context, id, cancellationToken).ConfigureAwait(false);
        change(dossier, user.Actor, time.GetUtcNow());
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException(ConcurrencyConflictException.GeneralDutchMessage, exception);
        }

        await accessLog.WriteAsync(new AccessRecord(AccessSubject.Dossier, id, dossier.Number, "Bewaarplicht (privacy)", AccessAction.Update, AccessOutcome.Allowed), cancellationToken).ConfigureAwait(false);
    }
}
