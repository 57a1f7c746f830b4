using Meldcode.Application.Inbox;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.OpenDossier;

/// <summary>A professional opens a dossier about a child, in one of their own teams (and in that team's sector).</summary>
[AccessLogged(AccessAction.Create)]
[Authorize(Role.Professional, Role.SafeguardingLead)]
public sealed record OpenDossierCommand(Guid? TeamId, string? FirstName, string? LastName, DateOnly? DateOfBirth, string? Group) : IRequest<Guid>;

public sealed class OpenDossierCommandHandler(IApplicationDbContext context, DossierInbox inbox, CurrentUserContext users, TimeProvider clock) : IRequestHandler<OpenDossierCommand, Guid>
{
    public async Task<Guid> Handle(OpenDossierCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var child = new Child(request.FirstName!, request.LastName!, request.DateOfBirth!.Value, request.Group);
        return await NewDossiers.OpenAsync(
            context, inbox, user, request.TeamId!.Value, now,
            (sector, number) => Dossier.Open(user.OrganisationId, sector, request.TeamId!.Value, number, child, user.Actor, now),
            cancellationToken).ConfigureAwait(false);
    }
}
