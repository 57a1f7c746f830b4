using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordInspectionRequest;

/// <summary>
/// The aandachtsfunctionaris of the dossier's team records a request to see the file (inzageverzoek): who asks, their
/// relation to the child, parental authority, the date received. The domain decides whether the requester may receive
/// the file (<see cref="InspectionRules"/>); one who may not is answered as refused at once, with the reason.
/// </summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.AnswerInspection)]
public sealed record RecordInspectionRequestCommand(
    Guid DossierId,
    int Version,
    string? RequesterName,
    RequesterRelation? Relation,
    bool? HasParentalAuthority,
    Guid? CarerId,
    DateOnly? ReceivedOn) : IRequest<Guid>, IDossierChange;

public sealed class RecordInspectionRequestCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordInspectionRequestCommand, Guid>
{
    public async Task<Guid> Handle(RecordInspectionRequestCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recorded = await workspace.ChangeAsync(
            request,
            (d, lead, now) => d.RecordInspectionRequest(request.RequesterName!, request.Relation!.Value, request.HasParentalAuthority == true, request.CarerId, request.ReceivedOn!.Value, lead, now),
            cancellationToken).ConfigureAwait(false);
        return recorded.Id;
    }
}
