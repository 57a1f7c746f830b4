using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Retention;

namespace Meldcode.Application.Dossiers.GetDossierRetention;

/// <summary>How long the dossier is kept, whether a legal hold is on it, and a waiting request for early destruction (the page "Bewaren").</summary>
[AccessLogged(AccessAction.Read)]
[Authorize]
public sealed record GetDossierRetentionQuery(Guid DossierId) : IRequest<DossierRetentionView>, IDossierRequest;

/// <summary>
/// The dossier's retention: its term, the first day the job may delete it (<c>EndsOn</c>, null while open), the hold and a
/// waiting request; <c>MayAct</c> for the aandachtsfunctionaris of the dossier's team (place or lift the hold, record and decide a request).
/// </summary>
public sealed record DossierRetentionView(
    Guid DossierId,
    string Number,
    int Version,
    Sector Sector,
    DateOnly? ClosedOn,
    int RetentionYears,
    DateOnly? EndsOn,
    string? LegalHoldReason,
    string? LegalHoldPlacedByName,
    DateTimeOffset? LegalHoldPlacedAt,
    DestructionRequester? DestructionRequestedBy,
    int? DestructionRequestChildAge,
    DateOnly? DestructionRequestReceivedOn,
    bool MayAct)
{
    public bool IsUnderLegalHold => LegalHoldReason is not null;

    public bool HasOpenDestructionRequest => DestructionRequestedBy is not null;
}

public sealed class GetDossierRetentionQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetDossierRetentionQuery, DossierRetentionView>
{
    public async Task<DossierRetentionView> Handle(GetDossierRetentionQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var row = await context.Dossiers.AsNoTracking().Where(d => d.Id == request.DossierId)
            .Select(d => new
            {
                d.Number, d.Sector, d.TeamId, d.ClosedAt, d.LegalHoldReason, d.LegalHoldPlacedByName, d.LegalHoldPlacedAt,
                d.DestructionRequestedBy, d.DestructionRequestChildAge, d.DestructionRequestReceivedOn,
                Version = EF.Property<int>(d, VersionedSave.VersionProperty),
                Years = context.Organisations.Where(o => o.Id == d.OrganisationId).Select(o => o.RetentionYears).Single(),
            })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var years = RetentionTerms.DossierTerm(row.Sector, row.Years ?? row.Sector.DefaultRetentionYears());
        return new DossierRetentionView(
            request.DossierId,
            row.Number,
            row.Version,
            row.Sector,
            row.ClosedAt is { } closed ? DutchTime.Today(closed) : null,
            years,
            row.ClosedAt is { } closedAt ? RetentionTerms.EndsOn(closedAt, years) : null,
            row.LegalHoldReason,
            row.LegalHoldPlacedByName,
            row.LegalHoldPlacedAt,
            row.DestructionRequestedBy,
            row.DestructionRequestChildAge,
            row.DestructionRequestReceivedOn,
            user.Holds(Domain.Users.Role.SafeguardingLead, row.TeamId));
    }
}
