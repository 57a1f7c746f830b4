using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dossiers.GetMyDossiers;

/// <summary>
/// The dossiers the user works on or, as aandachtsfunctionaris, oversees; overdue evaluations first. One page of them
/// (<see cref="PageSize"/> a page); <see cref="Search"/> looks for a dossier number or a part of the child's name
/// (see <see cref="DossierSearch"/>). A page before the first shows the first, one beyond the last shows the last.
/// </summary>
[Authorize(Role.Professional, Role.SafeguardingLead)]
public sealed record GetMyDossiersQuery(DossierStatus? Status = null, MeldcodeStep? Step = null, string? Search = null, int Page = 1, int PageSize = GetMyDossiersQuery.DefaultPageSize)
    : IRequest<DossierListPage>
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int SearchMax = 100;
}

public sealed class GetMyDossiersQueryValidator : AbstractValidator<GetMyDossiersQuery>
{
    public GetMyDossiersQueryValidator()
    {
        RuleFor(q => q.Search).OptionalText(FieldName.Singular("de zoektekst"), GetMyDossiersQuery.SearchMax);
        RuleFor(q => q.PageSize).InclusiveBetween(1, GetMyDossiersQuery.MaxPageSize)
            .WithMessage($"Een pagina toont 1 tot {GetMyDossiersQuery.MaxPageSize} dossiers.");
    }
}

public sealed class GetMyDossiersQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<GetMyDossiersQuery, DossierListPage>
{
    public async Task<DossierListPage> Handle(GetMyDossiersQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var me = user.UserId;
        var today = DutchTime.Today(clock.GetUtcNow());
        var search = DossierSearch.Of(request.Search);

        var overseenTeams = user.TeamsWhere(Role.SafeguardingLead).ToArray();
        var db = context.AsDbContext();
        var total = await CountMine.For(db)(db, me, overseenTeams, request.Status, request.Step, search.Year, search.Sequence, search.NamePattern, cancellationToken).ConfigureAwait(false);
        var pageCount = Math.Max(1, (total + request.PageSize - 1) / request.PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);

        var rows = new List<ListRow>(request.PageSize);
        var skip = (page - 1) * request.PageSize;
        await foreach (var row in MyDossiers.For(db)(db, me, overseenTeams, request.Status, request.Step, search.Year, search.Sequence, search.NamePattern, today, skip, request.PageSize)
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        // Every row is the user's own organisation's (owner, team and collaborations are all inside it); the check
        // stays as a second line of defence and would only ever leave a page one row short, never show a stranger's dossier.
        var items = rows.Where(r => r.OrganisationId == user.OrganisationId).Select(r =>
        {
            var overdue = r.NextEvaluationDate is { } date && date < today;
            var action = r.PendingAction == NextActionKind.AwaitEvaluation && r.NextEvaluationDate <= today ? NextActionKind.Evaluate : r.PendingAction;
            return new DossierListItem(r.Id, r.Number, r.Subject, $"{r.FirstName} {r.LastName}", r.TeamName ?? string.Empty, r.Status, r.CurrentStep, action, r.NextEvaluationDate, overdue, r.IsAcute, r.LastActivityAt, r.IsMine);
        }).ToList();
        return new DossierListPage(items, page, pageCount, total, request.PageSize);
    }

    // The two compiled queries below select the same dossiers: their Where clauses must stay the same, clause for clause
    // (a compiled query cannot share an expression with another). The tests compare the count with the pages.

    /// <summary>
    /// Owned (owner index), overseen as aandachtsfunctionaris (team index) or shared (the collaborations' user
    /// index): SQLite answers the three alternatives with one index look-up each (a multi-index OR), so the list
    /// never scans the organisation's dossiers; the status, step and search conditions filter the rows found. The
    /// organisation is checked on the rows read: as a condition in the SQL it would make SQLite walk the
    /// organisation's index instead. Compiled: it is the page professionals open most.
    /// </summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, Guid[], DossierStatus?, MeldcodeStep?, int?, int?, string?, DateOnly, int, int, IAsyncEnumerable<ListRow>>> MyDossiers = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid me, Guid[] overseenTeams, DossierStatus? status, MeldcodeStep? step, int? year, int? sequence, string? namePattern, DateOnly today, int skip, int take) => db.Set<Dossier>().AsNoTracking()
            .Where(d => d.OwnerId == me
                || overseenTeams.Contains(d.TeamId)
                || db.Set<Dossier>().SelectMany(s => s.Collaborators.Where(c => c.UserId == me), (s, c) => s.Id).Contains(d.Id))
            .Where(d => status == null || d.Status == status)
            .Where(d => step == null || d.CurrentStep == step)
            .Where(d => year == null || d.NumberYear == year)
            .Where(d => sequence == null || d.NumberSequence == sequence)
            .Where(d => namePattern == null || EF.Functions.Like(SearchText.Fold(d.Subject == DossierSubject.Client ? d.Client!.FirstName + " " + d.Client!.LastName : d.Child!.FirstName + " " + d.Child!.LastName), namePattern, DossierSearch.Escape))
            .OrderByDescending(d => d.NextEvaluationDate != null && d.NextEvaluationDate < today)
            .ThenByDescending(d => d.IsAcute && d.Status != DossierStatus.Closed)
            .ThenByDescending(d => d.LastActivityAt)
            .ThenBy(d => d.Id)
            .Skip(skip)
            .Take(take)
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

    /// <summary>How many dossiers <see cref="MyDossiers"/> finds over all its pages.</summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, Guid[], DossierStatus?, MeldcodeStep?, int?, int?, string?, CancellationToken, Task<int>>> CountMine = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid me, Guid[] overseenTeams, DossierStatus? status, MeldcodeStep? step, int? year, int? sequence, string? namePattern, CancellationToken _) => db.Set<Dossier>()
            .Where(d => d.OwnerId == me
                || overseenTeams.Contains(d.TeamId)
                || db.Set<Dossier>().SelectMany(s => s.Collaborators.Where(c => c.UserId == me), (s, c) => s.Id).Contains(d.Id))
            .Where(d => status == null || d.Status == status)
            .Where(d => step == null || d.CurrentStep == step)
            .Where(d => year == null || d.NumberYear == year)
            .Where(d => sequence == null || d.NumberSequence == sequence)
            .Where(d => namePattern == null || EF.Functions.Like(SearchText.Fold(d.Subject == DossierSubject.Client ? d.Client!.FirstName + " " + d.Client!.LastName : d.Child!.FirstName + " " + d.Child!.LastName), namePattern, DossierSearch.Escape))
            .Count()));

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
