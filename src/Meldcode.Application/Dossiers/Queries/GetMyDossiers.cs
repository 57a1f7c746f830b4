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
        List<Guid> leadTeams = [.. user.TeamsWhere(Role.SafeguardingLead)];
        var today = DutchTime.Today(clock.GetUtcNow());

        // Every condition below can use an index (owner, team, primary key), so the list does not
        // scan all of the organisation's dossiers; the collaborations come from their own index first.
        List<Guid> collaborations = await context.Dossiers.AsNoTracking()
            .SelectMany(d => d.Collaborators.Where(c => c.UserId == me), (d, c) => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var query = context.Dossiers.AsNoTracking()
            .Where(d => d.OrganisationId == user.OrganisationId)
            .Where(d => d.OwnerId == me || Enumerable.Contains(leadTeams, d.TeamId) || Enumerable.Contains(collaborations, d.Id));
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
                IsMine = d.OwnerId == me || Enumerable.Contains(collaborations, d.Id),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return rows.Select(r =>
        {
            var overdue = r.NextEvaluationDate is { } date && date < today;
            var action = r.PendingAction == NextActionKind.AwaitEvaluation && r.NextEvaluationDate <= today ? NextActionKind.Evaluate : r.PendingAction;
            return new DossierListItem(r.Id, r.Number, $"{r.FirstName} {r.LastName}", r.TeamName ?? string.Empty, r.Status, r.CurrentStep, action, r.NextEvaluationDate, overdue, r.IsAcute, r.LastActivityAt, r.IsMine);
        }).ToList();
    }
}
