using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Drafts;

namespace Meldcode.Application.Drafts.SaveDraft;

/// <summary>
/// Keeps what the user typed in a form as their draft of that form, replacing the one before. For a form about a
/// dossier only while the user may use that form: holds <paramref name="Needs"/>, the permission the form asks (any
/// permission to add to the dossier when the form names none) (<see cref="SaveDraftAuthorizer"/>). Returns when it was saved.
/// </summary>
[Authorize]
public sealed record SaveDraftCommand(string FormKey, Guid? DossierId, IReadOnlyList<DraftField> Fields, DossierPermission? Needs = null) : IRequest<DateTimeOffset>;

public sealed class SaveDraftCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<SaveDraftCommand, DateTimeOffset>
{
    public async Task<DateTimeOffset> Handle(SaveDraftCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var fields = DraftFields.Write(request.Fields);

        // The write lock first: two saves of the same draft at once (two tabs) replace it one after the other
        // instead of both inserting one.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var draft = await context.FormDrafts
            .SingleOrDefaultAsync(d => d.UserId == user.UserId && d.FormKey == request.FormKey, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            context.FormDrafts.Add(FormDraft.Start(user.UserId, request.FormKey, request.DossierId, fields, now));
        }
        else
        {
            draft.Replace(fields, now);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return now;
    }
}

/// <summary>
/// A draft of a form about a dossier is kept only for someone who may use that form: who holds the permission it
/// needs, and in any case one to add to the dossier (owner and collaborators, the aandachtsfunctionaris of its team,
/// a colleague with an open consultation request). Someone who may not even read the dossier gets what an unknown
/// dossier gives: not found; a reader who may not use the form: forbidden. Nothing is stored either way.
/// </summary>
public sealed class SaveDraftAuthorizer(IApplicationDbContext context, CurrentUserContext users) : IResourceAuthorizer<SaveDraftCommand>
{
    public async Task<bool> IsAllowedAsync(SaveDraftCommand request, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DossierId is not { } dossierId)
        {
            return true;
        }

        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var (facts, _) = await DossierAccessQueries.FactsAsync(context, dossierId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Dossier", dossierId);
        var held = DossierAccess.For(facts, user);
        if (!held.HasFlag(DossierPermission.Read))
        {
            throw new NotFoundException("Dossier", dossierId);
        }

        const DossierPermission adds = DossierPermission.Work | DossierPermission.Advise | DossierPermission.AnswerConsultation;
        var needs = (request.Needs ?? adds) & adds;
        return held.Satisfies(needs == DossierPermission.None ? adds : needs);
    }
}
