using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Application.Dossiers.Access;

namespace Meldcode.Application.Dossiers.Commands;

/// <summary>After acute danger: what was done, whom was contacted, when. Marks the dossier acute.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordEmergencyActionCommand(Guid DossierId, int Version, string? WhatWasDone, string? WhomContacted, DateTimeOffset? OccurredAt) : IRequest<Unit>, IDossierChange;

public sealed class RecordEmergencyActionCommandValidator : AbstractValidator<RecordEmergencyActionCommand>
{
    public RecordEmergencyActionCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.WhatWasDone).RequiredText("wat je hebt gedaan");
        RuleFor(c => c.WhomContacted).RequiredText("wie je hebt gebeld of ingeschakeld", 200);
        RuleFor(c => c.OccurredAt).NotNull().WithMessage("Vul in wanneer dit was.")
            .Must(at => at is null || at <= clock.GetUtcNow()).WithMessage("Het moment kan niet in de toekomst liggen.");
    }
}

public sealed class RecordEmergencyActionCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordEmergencyActionCommand, Unit>
{
    public async Task<Unit> Handle(RecordEmergencyActionCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.RecordEmergencyAction(request.WhatWasDone!, request.WhomContacted!, request.OccurredAt!.Value, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>A comment in the chronology (owner, collaborators, the team's aandachtsfunctionaris).</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work | DossierPermission.Advise)]
public sealed record AddCommentCommand(Guid DossierId, int Version, string? Text) : IRequest<Unit>, IDossierChange;

public sealed class AddCommentCommandValidator : AbstractValidator<AddCommentCommand>
{
    public AddCommentCommandValidator()
    {
        RuleFor(c => c.Text).RequiredText("je opmerking");
    }
}

public sealed class AddCommentCommandHandler(DossierWorkspace workspace) : IRequestHandler<AddCommentCommand, Unit>
{
    public async Task<Unit> Handle(AddCommentCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.AddComment(request.Text!, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>A correction: a new chronology entry that points at the corrected one and says why (also on a closed dossier).</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record CorrectEntryCommand(Guid DossierId, int Version, Guid EntryId, string? Correction, string? Reason) : IRequest<Unit>, IDossierChange;

public sealed class CorrectEntryCommandValidator : AbstractValidator<CorrectEntryCommand>
{
    public CorrectEntryCommandValidator()
    {
        RuleFor(c => c.Correction).RequiredText("de correctie");
        RuleFor(c => c.Reason).RequiredText("de reden van de correctie");
    }
}

public sealed class CorrectEntryCommandHandler(DossierWorkspace workspace) : IRequestHandler<CorrectEntryCommand, Unit>
{
    public async Task<Unit> Handle(CorrectEntryCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.Correct(request.EntryId, request.Correction!, request.Reason!, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record CloseDossierCommand(Guid DossierId, int Version, string? Reason) : IRequest<Unit>, IDossierChange;

public sealed class CloseDossierCommandValidator : AbstractValidator<CloseDossierCommand>
{
    public CloseDossierCommandValidator()
    {
        RuleFor(c => c.Reason).RequiredText("de reden");
    }
}

public sealed class CloseDossierCommandHandler(DossierWorkspace workspace) : IRequestHandler<CloseDossierCommand, Unit>
{
    public async Task<Unit> Handle(CloseDossierCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.Close(request.Reason!, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
