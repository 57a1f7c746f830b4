using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Retention;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Dossiers.DecideDestructionRequest;

/// <summary>What the aandachtsfunctionaris decided about a request for early destruction.</summary>
public enum DestructionDecision
{
    /// <summary>Granted: the dossier is destroyed at once; only its deletion record remains.</summary>
    Destroyed = 1,

    /// <summary>Refused: the dossier stays; the chronology says why.</summary>
    Refused = 2,
}

/// <summary>
/// The aandachtsfunctionaris decides a waiting request for early destruction, with a reason. Granted, the dossier is
/// deleted at once through the controlled deletion path (refused while a legal hold is on it); refused, the chronology
/// records it.
/// </summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Retain)]
public sealed record DecideDestructionRequestCommand(Guid DossierId, int Version, bool? Grant, string? Reason) : IRequest<DestructionDecision>, IDossierChange;

public sealed class DecideDestructionRequestCommandHandler(
    IApplicationDbContext context, DossierWorkspace workspace, ControlledDeletion deletion, CurrentUserContext users, IAccessLog accessLog, TimeProvider time)
    : IRequestHandler<DecideDestructionRequestCommand, DestructionDecision>
{
    public async Task<DestructionDecision> Handle(DecideDestructionRequestCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Grant != true)
        {
            await workspace.ChangeAsync(request, (dossier, actor, now) => dossier.RefuseDestruction(request.Reason!, actor, now), cancellationToken).ConfigureAwait(false);
            return DestructionDecision.Refused;
        }

        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var dossier = await DossierWorkspace.LoadAsync(context, request.DossierId, cancellationToken, tracking: false).ConfigureAwait(false);
        var version = await context.Dossiers.Where(d => d.Id == dossier.Id).Select(d => EF.Property<int>(d, VersionedSave.VersionProperty)).SingleAsync(cancellationToken).ConfigureAwait(false);
        if (version != request.Version)
        {
            throw await DossierConflicts.ConflictAsync(context, dossier.Id, user.UserId, cause: null, cancellationToken).ConfigureAwait(false);
        }

        var organisationYears = await context.Organisations.Where(o => o.Id == dossier.OrganisationId)
            .Select(o => o.RetentionYears).SingleAsync(cancellationToken).ConfigureAwait(false) ?? dossier.Sector.DefaultRetentionYears();
        var record = dossier.GrantDestruction(request.Reason!, organisationYears, user.Actor, time.GetUtcNow());
        if (!await deletion.DeleteDossierAsync(record, cancellationToken).ConfigureAwait(false))
        {
            // A legal hold was placed after the dossier was read: the hold wins.
            throw new DomainException("Er staat een bewaarplicht op dit dossier: het mag niet worden vernietigd. Hef eerst de bewaarplicht op (met een reden), of wijs het verzoek af.");
        }

        // After the deletion committed: the line that says who destroyed which dossier (by number; the pipeline's own line can no longer name it).
        await accessLog.WriteAsync(new AccessRecord(AccessSubject.Dossier, dossier.Id, dossier.Number, "Vernietigd op verzoek", AccessAction.Delete, AccessOutcome.Allowed), cancellationToken).ConfigureAwait(false);
        return DestructionDecision.Destroyed;
    }
}

public sealed class DecideDestructionRequestCommandValidator : AbstractValidator<DecideDestructionRequestCommand>
{
    public DecideDestructionRequestCommandValidator()
    {
        RuleFor(c => c.Grant).NotNull().WithMessage("Kies of je het verzoek toewijst (het dossier wordt vernietigd) of afwijst.");
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden van je besluit"));
    }
}
