
namespace Meldcode.Application.Dossiers;

/// <summary>
/// The conflict message for a dossier form sent from a stale version: it names who changed the dossier last and
/// when (the newest line of the chronology), and says so plainly when that was the user themself in another window
/// or tab, so nobody is left wondering who "someone else" was.
/// </summary>
public static class DossierConflicts
{
    public static async Task<ConcurrencyConflictException> ConflictAsync(IApplicationDbContext context, Guid dossierId, Guid currentUserId, Exception? cause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = await context.Dossiers.AsNoTracking()
            .Where(d => d.Id == dossierId)
            .SelectMany(d => d.Chronology)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new LastChange(e.ActorId, e.ActorName, e.OccurredAt))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var message = Message(last, currentUserId);
        return cause is null ? new ConcurrencyConflictException(message) : new ConcurrencyConflictException(message, cause);
    }

    /// <summary>The message for the last change (null when unknown) as seen by the current user.</summary>
    public static string Message(LastChange? last, Guid currentUserId) => last switch
    {
        null => ConcurrencyConflictException.DutchMessage,
        _ when last.ActorId == currentUserId =>
            $"Je hebt dit dossier zelf {DutchTime.OnDateAtTime(last.At)} gewijzigd, in een ander venster of tabblad. {ConcurrencyConflictException.DossierConsequence}",
        _ => $"{last.ActorName} heeft dit dossier {DutchTime.OnDateAtTime(last.At)} gewijzigd, nadat je dit formulier opende. {ConcurrencyConflictException.DossierConsequence}",
    };

    /// <summary>Who made the newest line of the chronology, and when.</summary>
    public sealed record LastChange(Guid ActorId, string ActorName, DateTimeOffset At);
}
