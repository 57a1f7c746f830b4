using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.RequestConsultation;

/// <summary>Ask a colleague of the organisation inside Meldcode for advice; they may read the dossier while the request is open.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RequestConsultationCommand(Guid DossierId, int Version, Guid? ConsultantId, string? Question) : IRequest<Unit>, IDossierChange;

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
