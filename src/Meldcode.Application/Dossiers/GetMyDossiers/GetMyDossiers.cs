using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.GetMyDossiers;

/// <summary>The dossiers the user works on or, as aandachtsfunctionaris, oversees; overdue evaluations first.</summary>
[Authorize(Role.Professional, Role.SafeguardingLead)]
public sealed record GetMyDossiersQuery(DossierStatus? Status = null, MeldcodeStep? Step = null) : IRequest<IReadOnlyList<DossierListItem>>;

public sealed class GetMyDossiersQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<GetMyDossiersQuery, IReadOnlyList<DossierListItem>>
{
    public async Task<IReadOnlyList<DossierListItem>> Handle(GetMyDossiersQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var me = user.UserId;
        var today = DutchTime.Today(clock.GetUtcNow());

        var rows = new List<ListRow>();
        var overseenTeams = user.TeamsWhere(Role.SafeguardingLead).ToArray();
        var db = context.AsDbContext();
        await foreach (var row in MyDossiers.For(db)(db, me, overseenTeams, request.Status, request.Step, today).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows.Where(r => r.OrganisationId == user.OrganisationId).Select(r =>
        {
            var overdue = r.NextEvaluationDate is { } date && date < today;
            var action = r.PendingAction == NextActionKind.AwaitEvaluation && r.NextEvaluationDate <= today ? NextActionKind.Evaluate : r.PendingAction;
            return new DossierListItem(r.Id, r.Number, r.Subject, $"{r.FirstName} {r.LastName}", r.TeamName ?? string.Empty, r.Status, r.CurrentStep, action, r.NextEvaluationDate, overdue, r.IsAcute, r.LastActivityAt, r.IsMine);
        }).ToList();
    }

    /// <summary>
    /// Owned (owner index), overseen as aandachtsfunctionaris (team index) or shared (the collaborations' user
    /// index): SQLite answers the three alternatives with one index look-up each (a multi-index OR), so the list
    /// never scans the organisation's dossiers. The organisation is checked on the rows read: as a condition in the
    /// SQL it would make SQLite walk the organisation's index instead. Compiled: it is the page professionals open most.
    /// </summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, Guid[], DossierStatus?, MeldcodeStep?, DateOnly, IAsyncEnumerable<ListRow>>> MyDossiers = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid me, Guid[] overseenTeams, DossierStatus? status, MeldcodeStep? step, DateOnly today) => db.Set<Dossier>().AsNoTracking()
            .Where(d => d.OwnerId == me
                || overseenTeams.Contains(d.TeamId)
                || db.Set<Dossier>().SelectMany(s => s.Collaborators.Where(c => c.UserId == me), (s, c) => s.Id).Contains(d.Id))
            .Where(d => status == null || d.Status == status)
            .Where(d => step == null || d.CurrentStep == step)
            .OrderByDescending(d => d.NextEvaluationDate != null && d.NextEvaluationDate < today)
            .ThenByDescending(d => d.IsAcute && d.Status != DossierStatus.Closed)
            .ThenByDescending(d => d.LastActivityAt)
            .Select(d => new ListRow(
                d.Id,
                d.OrganisationId,
                d.Number,
                d.Subject,
                d.Subject == DossierSubject.Client ? d.Client!.FirstName : d.Child!.FirstName,
                d.Subject == DossierSubject.Client ? d.Client!.LastName : d.Child!.LastName,
                db.Set<Team>().Where(t => t.Id == d.TeamId).Select(t => t.Name).FirstOrDefault(),
                d.Status,
                d.CurrentStep,
                d.PendingAction,
                d.NextEvaluationDate,
                d.IsAcute,
                d.LastActivityAt,
                d.OwnerId == me || d.Collaborators.Any(c => c.UserId == me)))));

    private sealed record ListRow(
        Guid Id,
        Guid OrganisationId,
        string Number,
        DossierSubject Subject,
        string FirstName,
        string LastName,
        string? TeamName,
        DossierStatus Status,
        MeldcodeStep? CurrentStep,
        NextActionKind PendingAction,
        DateOnly? NextEvaluationDate,
        bool IsAcute,
        DateTimeOffset LastActivityAt,
        bool IsMine);
}
