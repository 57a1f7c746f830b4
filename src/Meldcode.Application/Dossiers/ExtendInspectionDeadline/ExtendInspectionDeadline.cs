using Meldcode.Application.Dossiers.Access;

namespace Meldcode.Application.Dossiers.ExtendInspectionDeadline;

/// <summary>The aandachtsfunctionaris extends the deadline of a request to see the file once, by two months, with a reason (AVG art. 12 lid 3).</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.AnswerInspection)]
public sealed record ExtendInspectionDeadlineCommand(Guid DossierId, int Version, Guid RequestId, string? Reason) : IRequest<Unit>, IDossierChange;

public sealed class ExtendInspectionDeadlineCommandHandler(DossierWorkspace workspace) : IRequestHandler<ExtendInspectionDeadlineCommand, Unit>
{
    public async Task<Unit> Handle(ExtendInspectionDeadlineCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await workspace.ChangeAsync(request, (d, lead, now) => d.ExtendInspectionDeadline(request.RequestId, request.Reason!, lead, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
