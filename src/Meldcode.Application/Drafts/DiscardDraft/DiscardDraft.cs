namespace Meldcode.Application.Drafts.DiscardDraft;

/// <summary>Deletes the signed-in user's draft of a form: they threw it away, or the form was saved. Nothing to delete is fine.</summary>
[Authorize]
public sealed record DiscardDraftCommand(string FormKey) : IRequest<bool>;

public sealed class DiscardDraftCommandHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<DiscardDraftCommand, bool>
{
    public async Task<bool> Handle(DiscardDraftCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await context.FormDrafts
            .Where(d => d.UserId == user.UserId && d.FormKey == request.FormKey)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return deleted > 0;
    }
}
