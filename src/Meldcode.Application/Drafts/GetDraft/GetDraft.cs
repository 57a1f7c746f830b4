using Microsoft.Extensions.Options;

namespace Meldcode.Application.Drafts.GetDraft;

/// <summary>The signed-in user's own draft of a form, if they have one that is not older than the term drafts are kept.</summary>
[Authorize]
public sealed record GetDraftQuery(string FormKey) : IRequest<DraftView?>;

/// <summary>A draft as a form offers it back: when it was saved and what was typed.</summary>
public sealed record DraftView(DateTimeOffset SavedAt, IReadOnlyList<DraftField> Fields);

public sealed class GetDraftQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock, IOptions<DraftOptions> options) : IRequestHandler<GetDraftQuery, DraftView?>
{
    public async Task<DraftView?> Handle(GetDraftQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var draft = await context.FormDrafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.UserId == user.UserId && d.FormKey == request.FormKey, cancellationToken).ConfigureAwait(false);
        return draft is null || draft.IsExpired(clock.GetUtcNow(), options.Value.KeepFor)
            ? null
            : new DraftView(draft.SavedAt, DraftFields.Read(draft.Fields));
    }
}
