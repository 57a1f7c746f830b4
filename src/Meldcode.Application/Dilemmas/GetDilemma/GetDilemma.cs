using Meldcode.Domain.Users;

namespace Meldcode.Application.Dilemmas.GetDilemma;

/// <summary>A dilemma the trainer's organisation sees, at the version asked for (the newest when none is given).</summary>
[Authorize(Role.Trainer)]
public sealed record GetDilemmaQuery(Guid DilemmaId, int? Version = null) : IRequest<DilemmaDetails>;

public sealed class GetDilemmaQueryHandler(IApplicationDbContext context, CurrentUserContext currentUser) : IRequestHandler<GetDilemmaQuery, DilemmaDetails>
{
    public async Task<DilemmaDetails> Handle(GetDilemmaQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trainer = await currentUser.GetAsync(cancellationToken).ConfigureAwait(false);
        var dilemma = await context.LibraryDilemmas.AsNoTracking().VisibleTo(trainer.OrganisationId).Include(d => d.Versions)
            .SingleOrDefaultAsync(d => d.Id == request.DilemmaId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(Domain.Dilemmas.LibraryDilemma), request.DilemmaId);
        var version = request.Version is { } number
            ? dilemma.Version(number) ?? throw new NotFoundException("DilemmaVersion", number)
            : dilemma.Latest;

        return new DilemmaDetails(
            dilemma.Id,
            dilemma.Origin,
            version.Number,
            version.CreatedAt,
            version.Content,
            dilemma.Latest.Number,
            [.. dilemma.Versions.Select(v => new DilemmaVersionItem(v.Number, v.CreatedAt))],
            CanEdit: !dilemma.IsBuiltIn && dilemma.OrganisationId == trainer.OrganisationId,
            dilemma.IsArchived,
            dilemma.CopiedFromId);
    }
}
