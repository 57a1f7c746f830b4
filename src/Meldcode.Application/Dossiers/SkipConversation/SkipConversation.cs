using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.SkipConversation;

/// <summary>Step 3 skipped, with the reason: the conversation would endanger the child, others or the professional.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record SkipConversationCommand(Guid DossierId, int Version, ConversationSkipReason? Reason, string? Explanation) : IRequest<Unit>, IDossierChange;

public sealed class SkipConversationCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<SkipConversationCommand>(workspace)
{
    protected override void Change(Dossier dossier, SkipConversationCommand command, Actor actor, DateTimeOffset now) =>
        dossier.SkipConversation(command.Reason!.Value, command.Explanation!, actor, now);
}
