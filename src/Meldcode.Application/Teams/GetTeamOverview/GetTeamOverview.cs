using Meldcode.Application.Dossiers.GetMyDossiers;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Teams.GetTeamOverview;

/// <summary>
/// The aandachtsfunctionaris's team overview: every open dossier of the teams they lead (all of them, or the ones in
/// <see cref="TeamIds"/>), and closed ones whose decision still waits for review; what needs the lead comes first
/// (flags in the order of <see cref="DossierFlags.All"/>, then the longest quiet). Filtered by one flag, a step
/// (or <see cref="AllStepsDone"/>), an owner, and a search for a dossier number or a part of the name (see
/// <see cref="DossierSearch"/>); one page of <see cref="PageSize"/>. A page before the first shows the first, one
/// beyond the last shows the last.
/// </summary>
[Authorize(Role.SafeguardingLead)]
public sealed record GetTeamOverviewQuery(
    IReadOnlyList<Guid>? TeamIds = null,
    DossierFlag? Flag = null,
    MeldcodeStep? Step = null,
    bool AllStepsDone = false,
    Guid? OwnerId = null,
    string? Search = null,
    int Page = 1,
    int PageSize = GetTeamOverviewQuery.DefaultPageSize) : IRequest<TeamOverview>
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int SearchMax = 100;
    public const int MaxTeams = 100;
}

public sealed class GetTeamOverviewQueryValidator : AbstractValidator<GetTeamOverviewQuery>
{
    public GetTeamOverviewQueryValidator()
    {
        RuleFor(q => q.Search).OptionalText(FieldName.Singular("de zoektekst"), GetTeamOverviewQuery.SearchMax);
        RuleFor(q => q.Flag).Must(f => f is null || DossierFlags.All.Contains(f.Value))
            .WithMessage("Kies een signalering uit de lijst.");
        RuleFor(q => q.Step).Must(s => s is null || Enum.IsDefined(s.Value))
            .WithMessage("Kies een stap uit de lijst.");
        RuleFor(q => q.AllStepsDone).Must((q, done) => !done || q.Step is null)
            .WithMessage("Kies één stap, of 'alle stappen gezet'.");
        RuleFor(q => q.TeamIds).Must(ids => ids is null || ids.Count <= GetTeamOverviewQuery.MaxTeams)
            .WithMessage($"Kies hoogstens {GetTeamOverviewQuery.MaxTeams} teams.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, GetTeamOverviewQuery.MaxPageSize)
            .WithMessage($"Een pagina toont 1 tot {GetTeamOverviewQuery.MaxPageSize} dossiers.");
    }
}

public sealed class GetTeamOverviewQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<GetTeamOverviewQuery, TeamOverview>
{
    /// <summary>The flags of a closed dossier that still count: only the review of its decision waits for the lead.</summary>
    private const DossierFlag ClosedDossierFlags = DossierFlag.DeviationAwaitingReview | DossierFlag.AwaitingCoSignature;

    public async Task<TeamOverview> Handle(GetTeamOverviewQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var leadTeams = user.TeamsWhere(Role.SafeguardingLead).Distinct().ToArray();
        var asked = request.TeamIds is { Count: > 0 } ids ? ids.Distinct().ToArray() : leadTeams;
        if (asked.Any(id => !leadTeams.Contains(id)))
        {
            throw new ForbiddenAccessException("The overview shows only teams the user is aandachtsfunctionaris of.");
        }

        var db = context.AsDbContext();
        var teams = new List<TeamRow>(leadTeams.Length);
        await foreach (var team in TeamsOf.For(db)(db, user.OrganisationId, leadTeams).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            teams.Add(team);
        }

        // Teams of another organisation never show (a membership always lies inside the user's organisation; this is the second line).
        var chosen = asked.Where(id => teams.Exists(t => t.Id == id)).ToArray();
        var stalledAfter = teams.Count > 0 ? teams[0].StalledAfterWorkingDays : DossierFlags.DefaultStalledAfterWorkingDays;
        var today = DutchTime.Today(clock.GetUtcNow());
        var stalledBefore = DossierFlags.StalledBefore(today, stalledAfter);

        var inTeams = InOverview(db, chosen);
        var groups = await inTeams
            .GroupBy(x => new { x.Dossier.CurrentStep, x.Owner.Id, x.Owner.DisplayName, x.Owner.IsActive })
            .Select(g => new { g.Key.CurrentStep, g.Key.Id, g.Key.DisplayName, g.Key.IsActive, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<StepCount> stepCounts =
        [
            .. Enum.GetValues<MeldcodeStep>().Select(s => (MeldcodeStep?)s).Append(null)
                .Select(s => new StepCount(s, groups.Where(g => g.CurrentStep == s).Sum(g => g.Count))),
        ];
        IReadOnlyList<OwnerChoice> owners =
        [
            .. groups.GroupBy(g => g.Id).Select(g => new OwnerChoice(g.Key, g.First().DisplayName, g.First().IsActive))
                .OrderBy(o => o.Name, StringComparer.CurrentCulture),
        ];

        var search = DossierSearch.Of(request.Search);
        var filtered = Filtered(inTeams, request, search, today, stalledBefore);
        var onlyStepFiltered = request.Flag is null && request.OwnerId is null && search == DossierSearch.None;
        var total = onlyStepFiltered
            ? stepCounts.Where(c => InStepFilter(c.Step, request)).Sum(c => c.Count)
            : await filtered.CountAsync(cancellationToken).ConfigureAwait(false);
        var pageCount = Math.Max(1, (total + request.PageSize - 1) / request.PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);

        // Ids first: the order and the page come from the overview's index alone; then only the page's rows are read.
        var pageIds = total == 0 ? [] : await Ordered(filtered, today, stalledBefore)
            .Skip((page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(x => x.Dossier.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var read = pageIds.Count == 0 ? [] : await InOverview(db, chosen)
            .Where(x => pageIds.Contains(x.Dossier.Id))
            .Select(x => new OverviewRow(
                x.Dossier.Id,
                x.Dossier.OrganisationId,
                x.Dossier.Number,
                x.Dossier.Subject,
                x.Dossier.Subject == DossierSubject.Client ? x.Dossier.Client!.FirstName : x.Dossier.Child!.FirstName,
                x.Dossier.Subject == DossierSubject.Client ? x.Dossier.Client!.LastName : x.Dossier.Child!.LastName,
                x.Dossier.TeamId,
                x.Owner.Id,
                x.Owner.DisplayName,
                x.Owner.IsActive,
                x.Dossier.Status,
                x.Dossier.ClosedAt != null,
                x.Dossier.CurrentStep,
                x.Dossier.CurrentStepSince,
                x.Dossier.LastActivityAt,
                x.Dossier.IsAcute,
                x.Dossier.AwaitingReview,
                x.Dossier.HasReportDue,
                x.Dossier.NextEvaluationDate))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = pageIds.Join(read, id => id, row => row.Id, (_, row) => row).ToList();

        var items = rows.Where(r => r.OrganisationId == user.OrganisationId).Select(r =>
        {
            var flags = DossierFlags.For(new DossierFlagFacts(r.IsAcute, r.AwaitingReview, r.HasReportDue, r.OwnerIsActive, r.NextEvaluationDate, r.LastActivityAt), today, stalledAfter);
            return new TeamOverviewItem(
                r.Id, r.Number, r.Subject, $"{r.FirstName} {r.LastName}", r.TeamId, teams.Find(t => t.Id == r.TeamId)?.Name ?? string.Empty,
                r.OwnerId, r.OwnerName, r.OwnerIsActive, r.Status, r.CurrentStep,
                Math.Max(0, today.DayNumber - DutchTime.Today(r.CurrentStepSince).DayNumber), r.LastActivityAt, r.NextEvaluationDate,
                r.IsClosed ? flags & ClosedDossierFlags : flags);
        }).ToList();

        var inspections = await context.Dossiers.AsNoTracking()
            .Where(d => d.OrganisationId == user.OrganisationId && chosen.Contains(d.TeamId))
            .SelectMany(d => d.InspectionRequests, (d, r) => new { DossierId = d.Id, d.Number, r.Id, r.Status, r.ReceivedOn, r.Deadline, r.ExtendedAt })
            .Where(r => r.Status == InspectionStatus.Open)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new TeamOverview(
            stalledAfter,
            [.. teams.Select(t => new TeamChoice(t.Id, t.Name, chosen.Contains(t.Id)))],
            stepCounts,
            owners,
            new TeamOverviewPage(items, page, pageCount, total, request.PageSize))
        {
            InspectionRequests =
            [
                .. inspections.OrderBy(r => r.Deadline).ThenBy(r => r.Number, StringComparer.Ordinal)
                    .Select(r => new OpenInspectionRequest(r.DossierId, r.Number, r.Id, r.ReceivedOn, r.Deadline, r.ExtendedAt != null, today > r.Deadline)),
            ],
        };
    }

    private static bool InStepFilter(MeldcodeStep? step, GetTeamOverviewQuery request) =>
        request.AllStepsDone ? step is null : request.Step is null || step == request.Step;

    /// <summary>
    /// The dossiers of these teams that are in the overview (open, or closed with a decision that waits for review),
    /// each with its owner: <see cref="Dossier.OnTeamOverview"/>, which leads the overview's covering index after the team.
    /// </summary>
    private static IQueryable<WithOwner> InOverview(DbContext db, Guid[] teams) =>
        from d in db.Set<Dossier>().AsNoTracking()
        where teams.Contains(d.TeamId) && d.OnTeamOverview
        join u in db.Set<User>().AsNoTracking() on d.OwnerId equals u.Id
        select new WithOwner { Dossier = d, Owner = u };

    /// <summary>
    /// The filters, in the database. Each flag's condition here is <see cref="DossierFlags.For"/> on the stored columns,
    /// with a closed dossier flagged only for its review (the tests hold the two side by side).
    /// </summary>
    private static IQueryable<WithOwner> Filtered(IQueryable<WithOwner> query, GetTeamOverviewQuery request, DossierSearch search, DateOnly today, DateTimeOffset stalledBefore)
    {
        query = request.Flag switch
        {
            null => query,
            DossierFlag.Acute => query.Where(x => x.Dossier.ClosedAt == null && x.Dossier.IsAcute),
            DossierFlag.DeviationAwaitingReview => query.Where(x => x.Dossier.AwaitingReview == ReviewReason.Deviation),
            DossierFlag.AwaitingCoSignature => query.Where(x => x.Dossier.AwaitingReview == ReviewReason.Report),
            DossierFlag.ReportDue => query.Where(x => x.Dossier.ClosedAt == null && x.Dossier.HasReportDue),
            DossierFlag.NoActiveOwner => query.Where(x => x.Dossier.ClosedAt == null && !x.Owner.IsActive),
            DossierFlag.EvaluationOverdue => query.Where(x => x.Dossier.ClosedAt == null && x.Dossier.NextEvaluationDate < today),
            DossierFlag.Stalled => query.Where(x => x.Dossier.ClosedAt == null && x.Dossier.LastActivityAt < stalledBefore),
            var other => throw new ArgumentOutOfRangeException(nameof(request), other, "Not one flag (the validator refuses it)."),
        };

        if (request.AllStepsDone)
        {
            query = query.Where(x => x.Dossier.CurrentStep == null);
        }
        else if (request.Step is { } step)
        {
            query = query.Where(x => x.Dossier.CurrentStep == step);
        }

        if (request.OwnerId is { } owner)
        {
            query = query.Where(x => x.Dossier.OwnerId == owner);
        }

        if (search.Year is { } year)
        {
            query = query.Where(x => x.Dossier.NumberYear == year);
        }

        if (search.Sequence is { } sequence)
        {
            query = query.Where(x => x.Dossier.NumberSequence == sequence);
        }

        if (search.NamePattern is { } pattern)
        {
            query = query.Where(x => EF.Functions.Like(
                SearchText.Fold(x.Dossier.Subject == DossierSubject.Client ? x.Dossier.Client!.FirstName + " " + x.Dossier.Client!.LastName : x.Dossier.Child!.FirstName + " " + x.Dossier.Child!.LastName),
                pattern,
                DossierSearch.Escape));
        }

        return query;
    }

    /// <summary>What needs the lead first: the flags compared in the order of <see cref="DossierFlags.All"/>, then the oldest last activity.</summary>
    private static IOrderedQueryable<WithOwner> Ordered(IQueryable<WithOwner> query, DateOnly today, DateTimeOffset stalledBefore) => query
        .OrderByDescending(x => x.Dossier.ClosedAt == null && x.Dossier.IsAcute)
        .ThenByDescending(x => x.Dossier.AwaitingReview == ReviewReason.Deviation)
        .ThenByDescending(x => x.Dossier.AwaitingReview == ReviewReason.Report)
        .ThenByDescending(x => x.Dossier.ClosedAt == null && x.Dossier.HasReportDue)
        .ThenByDescending(x => x.Dossier.ClosedAt == null && !x.Owner.IsActive)
        .ThenByDescending(x => x.Dossier.ClosedAt == null && x.Dossier.NextEvaluationDate < today)
        .ThenByDescending(x => x.Dossier.ClosedAt == null && x.Dossier.LastActivityAt < stalledBefore)
        .ThenBy(x => x.Dossier.LastActivityAt)
        .ThenBy(x => x.Dossier.Id);

    /// <summary>The lead's teams inside their organisation, by name, with the organisation's stalled setting. Compiled: every request reads it.</summary>
    private static readonly CompiledQuery<Func<DbContext, Guid, Guid[], IAsyncEnumerable<TeamRow>>> TeamsOf = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid organisationId, Guid[] teamIds) =>
            from t in db.Set<Team>().AsNoTracking()
            where t.OrganisationId == organisationId && teamIds.Contains(t.Id)
            join o in db.Set<Organisation>().AsNoTracking() on t.OrganisationId equals o.Id
            orderby t.Name
            select new TeamRow(t.Id, t.Name, o.StalledAfterWorkingDays)));

    private sealed record TeamRow(Guid Id, string Name, int StalledAfterWorkingDays);

    /// <summary>A dossier and its owner (set by member initialisation, which EF Core can see through in later clauses).</summary>
    private sealed class WithOwner
    {
        public required Dossier Dossier { get; init; }

        public required User Owner { get; init; }
    }

    private sealed record OverviewRow(
        Guid Id,
        Guid OrganisationId,
        string Number,
        DossierSubject Subject,
        string FirstName,
        string LastName,
        Guid TeamId,
        Guid OwnerId,
        string OwnerName,
        bool OwnerIsActive,
        DossierStatus Status,
        bool IsClosed,
        MeldcodeStep? CurrentStep,
        DateTimeOffset CurrentStepSince,
        DateTimeOffset LastActivityAt,
        bool IsAcute,
        ReviewReason? AwaitingReview,
        bool HasReportDue,
        DateOnly? NextEvaluationDate);
}
