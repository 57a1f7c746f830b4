using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers;

/// <summary>
/// A use case that makes one change to a dossier through <see cref="DossierWorkspace"/>: the handler says
/// only what the change is; loading, the version check, the actor, the time and saving are the workspace's.
/// </summary>
public abstract class DossierChangeHandler<TCommand, TResult>(DossierWorkspace workspace) : IRequestHandler<TCommand, TResult>
    where TCommand : IRequest<TResult>, IDossierChange
{
    public Task<TResult> Handle(TCommand request, CancellationToken cancellationToken) =>
        workspace.ChangeAsync(request, (dossier, actor, now) => Change(dossier, request, actor, now), cancellationToken);

    /// <summary>The change itself, on the loaded dossier, as <paramref name="actor"/> at <paramref name="now"/>.</summary>
    protected abstract TResult Change(Dossier dossier, TCommand command, Actor actor, DateTimeOffset now);
}

/// <summary>A <see cref="DossierChangeHandler{TCommand, TResult}"/> for a change that returns nothing.</summary>
public abstract class DossierChangeHandler<TCommand>(DossierWorkspace workspace) : IRequestHandler<TCommand, Unit>
    where TCommand : IRequest<Unit>, IDossierChange
{
    public async Task<Unit> Handle(TCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (dossier, actor, now) => Change(dossier, request, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    /// <summary>The change itself, on the loaded dossier, as <paramref name="actor"/> at <paramref name="now"/>.</summary>
    protected abstract void Change(Dossier dossier, TCommand command, Actor actor, DateTimeOffset now);
}
