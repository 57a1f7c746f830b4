using Meldcode.Application.Dossiers.Access;

namespace Meldcode.Application.Dossiers.AnswerInspectionRequest;

/// <summary>
/// The aandachtsfunctionaris closes a request to see the file: the file was provided on a date (after the export for the
/// requester was made), or the request is refused with a reason. The chronology shows the answer.
/// </summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.AnswerInspection)]
public sealed record AnswerInspectionRequestCommand(Guid DossierId, int Version, Guid RequestId, bool? Provided, DateOnly? AnsweredOn, string? RefusalReason) : IRequest<Unit>, IDossierChange;

public sealed class AnswerInspectionRequestCommandHandler(DossierWorkspace workspace) : IRequestHandler<AnswerInspectionRequestCommand, Unit>
{
    public async Task<Unit> Handle(AnswerInspectionRequestCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await workspace.ChangeAsync(
            request,
            (d, lead, now) =>
            {
                if (request.Provided == true)
                {
                    d.ProvideInspection(request.RequestId, request.AnsweredOn!.Value, lead, now);
                }
                else
                {
                    d.RefuseInspection(request.RequestId, request.RefusalReason!, request.AnsweredOn!.Value, lead, now);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
