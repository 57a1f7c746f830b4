using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordConversation;

/// <summary>Step 3: the conversation with the client.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordConversationCommand(
    Guid DossierId,
    int Version,
    DateOnly? HeldOn,
    bool WithParents,
    bool WithChild,
    bool WithColleague,
    string? OtherParticipants,
    string? ConcernsNamed,
    string? ClientReaction,
    string? Agreements) : IRequest<Unit>, IDossierChange;

public sealed class RecordConversationCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordConversationCommand>(workspace)
{
    protected override void Change(Dossier dossier, RecordConversationCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordConversation(
            new ConversationInput(command.HeldOn!.Value, command.WithParents, command.WithChild, command.WithColleague, command.OtherParticipants, command.ConcernsNamed!, command.ClientReaction!, command.Agreements),
            actor,
            now);
}
