using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dilemmas.EditDilemma;

/// <summary>
/// Saves the form as a new version of the organisation's own copy or written dilemma, if its newest version is still
/// the one the form was opened with (<see cref="ExpectedVersion"/>); returns the new version's number. A built-in
/// dilemma is refused: it is duplicated first.
/// </summary>
[Authorize(Role.Trainer)]
public sealed record EditDilemmaCommand(
    Guid DilemmaId,
    int ExpectedVersion,
    string? Title,
    string? Story,
    IReadOnlyList<Sector>? Sectors,
    IReadOnlyList<FormOfAbuse>? FormsOfAbuse,
    IReadOnlyList<DilemmaTheme>? Themes,
    MeldcodeStep? MeldcodeStep,
    WeighingQuestion? Question,
    IReadOnlyList<DecisionPointInput>? DecisionPoints,
    IReadOnlyList<string?>? Prompts) : IRequest<int>, IDilemmaContent
{
    public const string ConflictMessage =
        "Iemand anders heeft dit dilemma net bewerkt. Je wijziging is niet opgeslagen. Bekijk de nieuwste versie en doe je wijziging opnieuw als het nog nodig is.";

    /// <summary>The form for a new version, filled with this version of the dilemma.</summary>
    public static EditDilemmaCommand For(Guid dilemmaId, int version, Dilemma content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new EditDilemmaCommand(
            dilemmaId,
            version,
            content.Title,
            content.Story,
            content.Sectors,
            content.FormsOfAbuse,
            content.Themes,
            content.Step,
            content.Question,
            [.. content.DecisionPoints.Select(p => p.ToInput())],
            content.DiscussionPrompts);
    }
}

public sealed class EditDilemmaCommandHandler(IApplicationDbContext context, CurrentUserContext currentUser, TimeProvider clock)
    : IRequestHandler<EditDilemmaCommand, int>
{
    public async Task<int> Handle(EditDilemmaCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trainer = await currentUser.GetAsync(cancellationToken).ConfigureAwait(false);
        var dilemma = await DilemmaCatalog.GetAsync(context, trainer.OrganisationId, request.DilemmaId, cancellationToken).ConfigureAwait(false);
        if (!dilemma.IsBuiltIn && dilemma.Latest.Number != request.ExpectedVersion)
        {
            throw new ConcurrencyConflictException(EditDilemmaCommand.ConflictMessage);
        }

        var version = dilemma.Edit(request.ToDilemma(dilemma.Key), trainer.UserId, clock.GetUtcNow());
        await context.SaveOrConflictAsync(EditDilemmaCommand.ConflictMessage, cancellationToken).ConfigureAwait(false);
        return version.Number;
    }
}
