using Meldcode.Domain.Users;

namespace Meldcode.Application.Dilemmas.DuplicateDilemma;

/// <summary>Copies the newest version of a built-in or own dilemma into the organisation's library; returns the copy's id.</summary>
[Authorize(Role.Trainer)]
public sealed record DuplicateDilemmaCommand(Guid DilemmaId) : IRequest<Guid>;

public sealed class DuplicateDilemmaCommandHandler(IApplicationDbContext context, CurrentUserContext currentUser, TimeProvider clock)
    : IRequestHandler<DuplicateDilemmaCommand, Guid>
{
    public async Task<Guid> Handle(DuplicateDilemmaCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trainer = await currentUser.GetAsync(cancellationToken).ConfigureAwait(false);
        var original = await DilemmaCatalog.GetAsync(context, trainer.OrganisationId, request.DilemmaId, cancellationToken).ConfigureAwait(false);
        var keysTaken = await DilemmaCatalog.KeysTakenAsync(context, trainer.OrganisationId, cancellationToken).ConfigureAwait(false);

        var copy = original.Duplicate(trainer.OrganisationId, keysTaken, trainer.UserId, clock.GetUtcNow());
        context.LibraryDilemmas.Add(copy);
        await context.SaveOrConflictAsync(ConcurrencyConflictException.GeneralDutchMessage, cancellationToken).ConfigureAwait(false);
        return copy.Id;
    }
}
