using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dilemmas.WriteDilemma;

/// <summary>A new dilemma, written by a trainer for their organisation's library; returns its id.</summary>
[Authorize(Role.Trainer)]
public sealed record WriteDilemmaCommand(
    string? Title,
    string? Story,
    IReadOnlyList<Sector>? Sectors,
    IReadOnlyList<FormOfAbuse>? FormsOfAbuse,
    IReadOnlyList<DilemmaTheme>? Themes,
    MeldcodeStep? MeldcodeStep,
    WeighingQuestion? Question,
    IReadOnlyList<DecisionPointInput>? DecisionPoints,
    IReadOnlyList<string?>? Prompts) : IRequest<Guid>, IDilemmaContent;

public sealed class WriteDilemmaCommandHandler(IApplicationDbContext context, CurrentUserContext currentUser, TimeProvider clock)
    : IRequestHandler<WriteDilemmaCommand, Guid>
{
    public async Task<Guid> Handle(WriteDilemmaCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trainer = await currentUser.GetAsync(cancellationToken).ConfigureAwait(false);
        var keysTaken = await DilemmaCatalog.KeysTakenAsync(context, trainer.OrganisationId, cancellationToken).ConfigureAwait(false);
        var key = DilemmaKeys.Unique(DilemmaKeys.FromTitle(request.Title!), keysTaken);

        var dilemma = LibraryDilemma.Write(trainer.OrganisationId, request.ToDilemma(key), trainer.UserId, clock.GetUtcNow());
        context.LibraryDilemmas.Add(dilemma);
        await context.SaveOrConflictAsync(ConcurrencyConflictException.GeneralDutchMessage, cancellationToken).ConfigureAwait(false);
        return dilemma.Id;
    }
}
