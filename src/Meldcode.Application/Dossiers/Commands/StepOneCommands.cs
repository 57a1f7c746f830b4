using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Commands;

/// <summary>Step 1: record a signal. Returns the quality hints for what was written (they never stop saving).</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordSignalCommand(
    Guid DossierId,
    int Version,
    DateOnly? ObservedOn,
    TimeOnly? ObservedAt,
    string? Place,
    string? ObservedBy,
    SignalSource? Source,
    string? ToldBy,
    SignalCategory? Category,
    string? Facts,
    string? ChildsOwnWords,
    string? Interpretation) : IRequest<IReadOnlyList<SignalHint>>, IDossierChange;

public sealed class RecordSignalCommandValidator : AbstractValidator<RecordSignalCommand>
{
    public RecordSignalCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ObservedOn).NotInTheFuture(clock, "de datum van de waarneming");
        RuleFor(c => c.Place).OptionalText("de plaats", 200);
        RuleFor(c => c.ObservedBy).RequiredText("wie het waarnam", 200);
        RuleFor(c => c.Source).Chosen("Kies of je het zelf zag of hoorde, of dat iemand het je vertelde.");
        RuleFor(c => c.ToldBy).RequiredText("wie het je vertelde", 200).When(c => c.Source == SignalSource.ToldBySomeone);
        RuleFor(c => c.Category).Chosen("Kies een categorie.");
        RuleFor(c => c.Facts).RequiredText("de feiten");
        RuleFor(c => c.ChildsOwnWords).OptionalText("de eigen woorden van het kind");
        RuleFor(c => c.Interpretation).OptionalText("je interpretatie");
    }
}

public sealed class RecordSignalCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordSignalCommand, IReadOnlyList<SignalHint>>
{
    public Task<IReadOnlyList<SignalHint>> Handle(RecordSignalCommand request, CancellationToken cancellationToken) =>
        workspace.ChangeAsync(request, (d, actor, now) => d.RecordSignal(
            new SignalInput(request.ObservedOn!.Value, request.ObservedAt, request.Place, request.ObservedBy!, request.Source!.Value, request.ToldBy, request.Category!.Value, request.Facts!, request.ChildsOwnWords, request.Interpretation),
            actor,
            now).Hints, cancellationToken);
}

/// <summary>The quality hints for a signal being written (for live feedback on the form).</summary>
[Authorize]
public sealed record GetSignalHintsQuery(string? Facts, DateOnly? ObservedOn) : IRequest<IReadOnlyList<SignalHint>>;

public sealed class GetSignalHintsQueryValidator : AbstractValidator<GetSignalHintsQuery>
{
    public GetSignalHintsQueryValidator()
    {
        RuleFor(q => q.Facts).OptionalText("de feiten");
    }
}

public sealed class GetSignalHintsQueryHandler : IRequestHandler<GetSignalHintsQuery, IReadOnlyList<SignalHint>>
{
    public Task<IReadOnlyList<SignalHint>> Handle(GetSignalHintsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(SignalQualityHints.For(request.Facts, request.ObservedOn));
}

[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordKindcheckCommand(Guid DossierId, int Version, bool? ChildrenPresent, int? NumberOfChildren, string? Ages, string? WhoCares) : IRequest<Unit>, IDossierChange;

public sealed class RecordKindcheckCommandValidator : AbstractValidator<RecordKindcheckCommand>
{
    public RecordKindcheckCommandValidator()
    {
        RuleFor(c => c.ChildrenPresent).NotNull().WithMessage("Geef aan of er kinderen bij de cliënt wonen of regelmatig verblijven.");
        When(c => c.ChildrenPresent == true, () =>
        {
            RuleFor(c => c.NumberOfChildren).NotNull().WithMessage("Vul in om hoeveel kinderen het gaat.")
                .InclusiveBetween(1, 20).WithMessage("Vul een aantal van 1 tot 20 in.");
            RuleFor(c => c.Ages).RequiredText("de leeftijden", 200);
            RuleFor(c => c.WhoCares).RequiredText("wie voor de kinderen zorgt", 200);
        });
    }
}

public sealed class RecordKindcheckCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordKindcheckCommand, Unit>
{
    public async Task<Unit> Handle(RecordKindcheckCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.RecordKindcheck(request.ChildrenPresent!.Value, request.NumberOfChildren, request.Ages, request.WhoCares, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
