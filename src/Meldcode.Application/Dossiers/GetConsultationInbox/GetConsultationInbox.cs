using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.GetConsultationInbox;

/// <summary>The consultation requests addressed to the user that are still open.</summary>
[Authorize]
public sealed record GetConsultationInboxQuery : IRequest<IReadOnlyList<ConsultationInboxItem>>;

public sealed class GetConsultationInboxQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetConsultationInboxQuery, IReadOnlyList<ConsultationInboxItem>>
{
    public async Task<IReadOnlyList<ConsultationInboxItem>> Handle(GetConsultationInboxQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var rows = await context.Dossiers.AsNoTracking()
            .Where(d => d.OrganisationId == user.OrganisationId)
            // The result selector keeps this a join; a projection inside the collection selector needs APPLY, which SQLite lacks.
            .SelectMany(
                d => d.ConsultationRequests.Where(r => r.ConsultantId == user.UserId && r.Status == ConsultationRequestStatus.Open),
                (d, r) => new { DossierId = d.Id, d.Number, RequestId = r.Id, r.RequestedBy, r.Question, r.RequestedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<Guid> askers = [.. rows.Select(r => r.RequestedBy).Distinct()];
        var names = await context.Users.AsNoTracking().Where(u => askers.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken).ConfigureAwait(false);
        return rows
            .OrderBy(r => r.RequestedAt)
            .Select(r => new ConsultationInboxItem(r.DossierId, r.RequestId, r.Number, names.GetValueOrDefault(r.RequestedBy, string.Empty), r.Question, r.RequestedAt))
            .ToList();
    }
}
