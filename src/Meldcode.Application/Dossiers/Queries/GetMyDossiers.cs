using MediatR;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Security;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Dossiers.Queries;

/// <summary>The dossiers the user works on or, as aandachtsfunctionaris, oversees; overdue evaluations first.</summary>
[Authorize(Role.Professional, Role.SafeguardingLead)]
public sealed record GetMyDossiersQuery(DossierStatus? Status = null, MeldcodeStep? Step = null) : IRequest<IReadOnlyList<DossierListItem>>;

public sealed record DossierListItem(
    Guid Id,
    string Number,
    string ChildName,
    string TeamName,
    DossierStatus Status,
    MeldcodeStep? CurrentStep,
    NextActionKind NextAction,
    DateOnly? EvaluationDate,
    bool EvaluationOverdue,
    bool IsAcute,
    DateTimeOffset LastActivityAt,
    bool IsMine);

public sealed class GetMyDossiersQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<GetMyDossiersQuery, IReadOnlyList<DossierListItem>>
{
    public async Task<IReadOnlyList<DossierListItem>> Handle(GetMyDossiersQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var me = user.UserId;
        var today = DutchTime.Today(clock.GetUtcNow());

        // The user's dossiers are the union of three indexed look-ups — owned (owner index), overseen as
        // aandachtsfunctionaris (the user's memberships joined to the team index), shared (the user's
        // collaborations) — so the list never scans the organisation's dossiers. No list of values goes
        // into the SQL: EF Core 6 cannot cache a query with a list parameter and would build it anew on
        // every request.
        var owned = context.Dossiers.Where(d => d.OwnerId == me).Select(d => d.Id);
        var overseen = context.Users.Where(u => u.Id == me)
            .SelectMany(u => u.Memberships)
            .Where(m => m.Role == Role.SafeguardingLead && m.TeamId != null)
            .Join(context.Dossiers, m => m.TeamId!.Value, d => d.TeamId, (m, d) => d.Id);
        var shared = context.Dossiers.SelectMany(d => d.Collaborators.Where(c => c.UserId == me), (d, c) => d.Id);
        // The organisation is checked on the rows read, not in the SQL: with that condition the SQLite of
        // EF Core 6 (3.35) prefers scanning the organisation's dossiers to the look-ups above.
        var query = owned.Union(overseen).Union(shared)
            .Join(context.Dossiers.AsNoTracking(), id => id, d => d.Id, (id, d) => d);
        if (request.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (request.Step is { } step)
        {
            query = query.Where(d => d.CurrentStep == step);
        }

        var rows = await query
            .OrderByDescending(d => d.NextEvaluationDate != null && d.NextEvaluationDate < today)
            .ThenByDescending(d => d.IsAcute && d.Status != DossierStatus.Closed)
            .ThenByDescending(d => d.LastActivityAt)
            .Select(d => new
            {
                d.Id,
                d.OrganisationId,
                d.Number,
                d.Child.FirstName,
                d.Child.LastName,
                TeamName = context.Teams.Where(t => t.Id == d.TeamId).Select(t => t.Name).FirstOrDefault(),
                d.Status,
                d.CurrentStep,
                d.PendingAction,
                d.NextEvaluationDate,
                d.IsAcute,
                d.LastActivityAt,
                IsMine = d.OwnerId == me || shared.Contains(d.Id),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return rows.Where(r => r.OrganisationId == user.OrganisationId).Select(r =>
        {
            var overdue = r.NextEvaluationDate is { } date && date < today;
            var action = r.PendingAction == NextActionKind.AwaitEvaluation && r.NextEvaluationDate <= today ? NextActionKind.Evaluate : r.PendingAction;
            return new DossierListItem(r.Id, r.Number, $"{r.FirstName} {r.LastName}", r.TeamName ?? string.Empty, r.Status, r.CurrentStep, action, r.NextEvaluationDate, overdue, r.IsAcute, r.LastActivityAt, r.IsMine);
        }).ToList();
    }
}
