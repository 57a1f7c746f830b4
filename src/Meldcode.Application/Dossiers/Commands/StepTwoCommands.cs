using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Dossiers.Commands;

/// <summary>Step 2: record a consultation held outside Meldcode (owner, collaborator, or the team's aandachtsfunctionaris).</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work | DossierPermission.Advise)]
public sealed record RecordConsultationCommand(
    Guid DossierId,
    int Version,
    ConsultationKind? Kind,
    DateOnly? HeldOn,
    string? WithWhom,
    string? Question,
    string? Advice,
    string? AgreedActions,
    ConsentToShare? Consent) : IRequest<Unit>, IDossierChange;

public sealed class RecordConsultationCommandValidator : AbstractValidator<RecordConsultationCommand>
{
    public RecordConsultationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).Chosen("Kies met wie je overlegde.");
        RuleFor(c => c.HeldOn).NotInTheFuture(clock, "de datum van het overleg");
        RuleFor(c => c.WithWhom).RequiredText("met wie je overlegde (rol)", 200);
        RuleFor(c => c.Question).RequiredText("de vraag");
        RuleFor(c => c.Advice).RequiredText("het advies");
        RuleFor(c => c.AgreedActions).OptionalText("de afspraken");
        RuleFor(c => c.Consent).Chosen("Kies of toestemming om informatie te delen is gevraagd.");
    }
}

public sealed class RecordConsultationCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordConsultationCommand, Unit>
{
    public async Task<Unit> Handle(RecordConsultationCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.RecordConsultation(
            new ConsultationInput(request.Kind!.Value, request.HeldOn!.Value, request.WithWhom!, request.Question!, request.Advice!, request.AgreedActions, request.Consent!.Value),
            actor,
            now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>Ask a colleague of the organisation inside Meldcode for advice; they may read the dossier while the request is open.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RequestConsultationCommand(Guid DossierId, int Version, Guid? ConsultantId, string? Question) : IRequest<Unit>, IDossierChange;

public sealed class RequestConsultationCommandValidator : AbstractValidator<RequestConsultationCommand>
{
    public RequestConsultationCommandValidator()
    {
        RuleFor(c => c.ConsultantId).NotEmpty().WithMessage("Kies een collega.");
        RuleFor(c => c.Question).RequiredText("je vraag");
    }
}

public sealed class RequestConsultationCommandHandler(DossierWorkspace workspace, IApplicationDbContext context) : IRequestHandler<RequestConsultationCommand, Unit>
{
    public async Task<Unit> Handle(RequestConsultationCommand request, CancellationToken cancellationToken)
    {
        var dossier = await context.Dossiers.AsNoTracking().Where(d => d.Id == request.DossierId)
            .Select(d => new { d.OrganisationId, d.TeamId }).SingleAsync(cancellationToken).ConfigureAwait(false);
        var consultant = await context.Users.AsNoTracking().Include(u => u.Memberships)
            .Where(u => u.Id == request.ConsultantId && u.IsActive && u.OrganisationId == dossier.OrganisationId)
            .Where(u => u.Memberships.Any(m => m.Role == Role.Professional || m.Role == Role.SafeguardingLead))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new DomainException("Kies een collega van je organisatie (een professional of aandachtsfunctionaris).");
        var isLead = consultant.Memberships.Any(m => m.Role == Role.SafeguardingLead && m.TeamId == dossier.TeamId);
        await workspace.ChangeAsync(request, (d, actor, now) => d.RequestConsultation(consultant.Id, consultant.DisplayName, isLead, request.Question!, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>The consulted colleague writes their advice; it is recorded in the dossier and their access ends.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.AnswerConsultation)]
public sealed record AnswerConsultationRequestCommand(Guid DossierId, int Version, Guid RequestId, string? Advice, string? AgreedActions) : IRequest<Unit>, IDossierChange;

public sealed class AnswerConsultationRequestCommandValidator : AbstractValidator<AnswerConsultationRequestCommand>
{
    public AnswerConsultationRequestCommandValidator()
    {
        RuleFor(c => c.Advice).RequiredText("je advies");
        RuleFor(c => c.AgreedActions).OptionalText("de afspraken");
    }
}

public sealed class AnswerConsultationRequestCommandHandler(DossierWorkspace workspace) : IRequestHandler<AnswerConsultationRequestCommand, Unit>
{
    public async Task<Unit> Handle(AnswerConsultationRequestCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.AnswerConsultationRequest(request.RequestId, request.Advice!, request.AgreedActions, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record WithdrawConsultationRequestCommand(Guid DossierId, int Version, Guid RequestId) : IRequest<Unit>, IDossierChange;

public sealed class WithdrawConsultationRequestCommandHandler(DossierWorkspace workspace) : IRequestHandler<WithdrawConsultationRequestCommand, Unit>
{
    public async Task<Unit> Handle(WithdrawConsultationRequestCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.WithdrawConsultationRequest(request.RequestId, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
