using Meldcode.Application.Dossiers.RecordKindcheck;
using Meldcode.Application.Inbox;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.OpenClientDossier;

/// <summary>
/// A professional in a team that does kindchecks (jeugdhulp, zorg, maatschappelijke ondersteuning) opens a dossier
/// about an adult client: who the client is, and the kindcheck the dossier starts with.
/// </summary>
[AccessLogged(AccessAction.Create)]
[Authorize(Role.Professional, Role.SafeguardingLead)]
public sealed record OpenClientDossierCommand(
    Guid? TeamId,
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    bool? ChildrenPresent,
    int? NumberOfChildren,
    string? Ages,
    string? WhoCares) : IRequest<Guid>, IKindcheckAnswers;

public sealed class OpenClientDossierCommandHandler(IApplicationDbContext context, DossierInbox inbox, CurrentUserContext users, TimeProvider clock) : IRequestHandler<OpenClientDossierCommand, Guid>
{
    public async Task<Guid> Handle(OpenClientDossierCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var client = new Client(request.FirstName!, request.LastName!, request.DateOfBirth!.Value);
        var kindcheck = new KindcheckInput(request.ChildrenPresent!.Value, request.NumberOfChildren, request.Ages, request.WhoCares);
        return await NewDossiers.OpenAsync(
            context, inbox, user, request.TeamId!.Value, now,
            (sector, number) => Dossier.OpenAboutClient(user.OrganisationId, sector, request.TeamId!.Value, number, client, kindcheck, user.Actor, now),
            cancellationToken).ConfigureAwait(false);
    }
}
