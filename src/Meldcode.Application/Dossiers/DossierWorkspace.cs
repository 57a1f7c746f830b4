using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Inbox;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers;

/// <summary>
/// The one way use cases change a dossier: load the whole aggregate, check that it is still at the
/// version the user saw, apply the change as the current user at the current time, save. A broken
/// rule or a conflict leaves nothing saved.
/// </summary>
public sealed class DossierWorkspace
{
    private readonly IApplicationDbContext _context;
    private readonly CurrentUserContext _users;
    private readonly TimeProvider _timeProvider;
    private readonly DossierInbox _inbox;

    public DossierWorkspace(IApplicationDbContext context, CurrentUserContext users, TimeProvider timeProvider, DossierInbox inbox)
    {
        _context = context;
        _users = users;
        _timeProvider = timeProvider;
        _inbox = inbox;
    }

    public async Task<TResult> ChangeAsync<TResult>(IDossierChange request, Func<Dossier, Actor, DateTimeOffset, TResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(change);
        var dossier = await LoadAsync(_context, request.DossierId, cancellationToken).ConfigureAwait(false);
        var user = await _users.GetAsync(cancellationToken).ConfigureAwait(false);
        if (_context.VersionOf(dossier) != request.Version)
        {
            throw await DossierConflicts.ConflictAsync(_context, dossier.Id, user.UserId, cause: null, cancellationToken).ConfigureAwait(false);
        }

        _context.ExpectVersion(dossier, request.Version);
        var now = _timeProvider.GetUtcNow();
        var result = change(dossier, user.Actor, now);
        await _inbox.DeliverAsync(dossier, user.Actor, now, cancellationToken).ConfigureAwait(false);
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            // Another save won the race after the dossier was loaded: name that one.
            throw await DossierConflicts.ConflictAsync(_context, dossier.Id, user.UserId, exception, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public Task ChangeAsync(IDossierChange request, Action<Dossier, Actor, DateTimeOffset> change, CancellationToken cancellationToken) =>
        ChangeAsync(request, (dossier, actor, now) =>
        {
            change(dossier, actor, now);
            return true;
        }, cancellationToken);

    /// <summary>The whole aggregate (Infrastructure makes EF load each part with its own query, not one wide join).</summary>
    public static async Task<Dossier> LoadAsync(IApplicationDbContext context, Guid dossierId, CancellationToken cancellationToken, bool tracking = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Each part in the order it was recorded (carers and siblings by name), whatever order the rows are stored in.
        var query = context.Dossiers
            .Include(d => d.Carers.OrderBy(c => c.Name))
            .Include(d => d.Siblings.OrderBy(s => s.Name))
            .Include(d => d.Collaborators.OrderBy(c => c.AddedAt))
            .Include(d => d.Signals.OrderBy(s => s.RecordedAt))
            .Include(d => d.Kindchecks.OrderBy(k => k.RecordedAt))
            .Include(d => d.Consultations.OrderBy(c => c.RecordedAt))
            .Include(d => d.ConsultationRequests.OrderBy(r => r.RequestedAt))
            .Include(d => d.Conversations.OrderBy(c => c.RecordedAt))
            .Include(d => d.WeighingAnswers.OrderBy(a => a.AnsweredAt))
            .Include("_decisions")
            .Include(d => d.Reports.OrderBy(r => r.RecordedAt))
            .Include(d => d.HelpPlans.OrderBy(h => h.RecordedAt))
            .Include(d => d.Evaluations.OrderBy(e => e.EvaluatedAt))
            .Include(d => d.EmergencyActions.OrderBy(a => a.RecordedAt))
            .Include(d => d.Reviews.OrderBy(r => r.RequestedAt))
            .Include(d => d.InspectionRequests.OrderBy(r => r.RecordedAt))
            .Include(d => d.Chronology.OrderBy(e => e.Sequence));
        return await (tracking ? query : query.AsNoTracking())
            .SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(Dossier), dossierId);
    }
}
