using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Dossiers.Commands;

[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record AddCarerCommand(Guid DossierId, int Version, string? Name, string? Relation, bool HasParentalAuthority) : IRequest<Unit>, IDossierChange;

public sealed class AddCarerCommandValidator : AbstractValidator<AddCarerCommand>
{
    public AddCarerCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText("de naam van de ouder of verzorger", 200);
        RuleFor(c => c.Relation).RequiredText("de relatie tot het kind", 200);
    }
}

public sealed class AddCarerCommandHandler(DossierWorkspace workspace) : IRequestHandler<AddCarerCommand, Unit>
{
    public async Task<Unit> Handle(AddCarerCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.AddCarer(request.Name!, request.Relation!, request.HasParentalAuthority, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record AddSiblingCommand(Guid DossierId, int Version, string? Name, DateOnly? DateOfBirth) : IRequest<Unit>, IDossierChange;

public sealed class AddSiblingCommandValidator : AbstractValidator<AddSiblingCommand>
{
    public AddSiblingCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText("de naam van de broer of zus", 200);
    }
}

public sealed class AddSiblingCommandHandler(DossierWorkspace workspace) : IRequestHandler<AddSiblingCommand, Unit>
{
    public async Task<Unit> Handle(AddSiblingCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.AddSibling(request.Name!, request.DateOfBirth, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>The owner or a collaborator adds a professional of the dossier's team as collaborator.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record AddCollaboratorCommand(Guid DossierId, int Version, Guid? UserId) : IRequest<Unit>, IDossierChange;

public sealed class AddCollaboratorCommandValidator : AbstractValidator<AddCollaboratorCommand>
{
    public AddCollaboratorCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("Kies een collega.");
    }
}

public sealed class AddCollaboratorCommandHandler(DossierWorkspace workspace, IApplicationDbContext context) : IRequestHandler<AddCollaboratorCommand, Unit>
{
    public async Task<Unit> Handle(AddCollaboratorCommand request, CancellationToken cancellationToken)
    {
        var teamId = await context.Dossiers.Where(d => d.Id == request.DossierId).Select(d => d.TeamId).SingleAsync(cancellationToken).ConfigureAwait(false);
        var colleague = await context.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId && u.IsActive && u.Memberships.Any(m => m.Role == Role.Professional && m.TeamId == teamId))
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new Domain.Common.DomainException("Kies een professional van het team van dit dossier.");
        await workspace.ChangeAsync(request, (d, actor, now) => d.AddCollaborator(colleague.Id, colleague.DisplayName, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RemoveCollaboratorCommand(Guid DossierId, int Version, Guid UserId) : IRequest<Unit>, IDossierChange;

public sealed class RemoveCollaboratorCommandHandler(DossierWorkspace workspace) : IRequestHandler<RemoveCollaboratorCommand, Unit>
{
    public async Task<Unit> Handle(RemoveCollaboratorCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.RemoveCollaborator(request.UserId, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
