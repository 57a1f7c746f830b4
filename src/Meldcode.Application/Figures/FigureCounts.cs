using Meldcode.Application.Figures.GetFigureLocations;
using Meldcode.Application.Figures.GetFigures;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Figures;

/// <summary>
/// Counts the figures of <see cref="FiguresReport"/> in the database: each measure is one grouped query (per team) over
/// the teams asked for, reading no names, texts or dossier numbers. Only the step times need moments per dossier; they
/// are read for the dossiers with activity in the period (a projection of a few moments each) and averaged here.
/// </summary>
internal static class FigureCounts
{
    public static async Task<FiguresReport> CountAsync(IApplicationDbContext context, IReadOnlyList<FigureLocation> locations, FiguresPeriod period, Guid? teamId, CancellationToken cancellationToken)
    {
        var db = context.AsDbContext();
        Guid[] teams = [.. locations.Select(l => l.TeamId)];
        var start = period.Start;
        var end = period.End;
        var dossiers = db.Set<Dossier>().AsNoTracking().Where(d => teams.Contains(d.TeamId));

        // Opened and closed in the period.
        var openedAndClosed = await dossiers
            .Where(d => (d.OpenedAt >= start && d.OpenedAt < end) || (d.ClosedAt >= start && d.ClosedAt < end))
            .GroupBy(d => d.TeamId)
            .Select(g => new
            {
                TeamId = g.Key,
                Opened = g.Count(d => d.OpenedAt >= start && d.OpenedAt < end),
                Closed = g.Count(d => d.ClosedAt >= start && d.ClosedAt < end),
            })
            .ToDictionaryAsync(r => r.TeamId, cancellationToken).ConfigureAwait(false);

        // Open at the end of the period, without a decision by then.
        var openWithoutDecision = await dossiers
            .Where(d => d.OpenedAt < end && (d.ClosedAt == null || d.ClosedAt >= end)
                && !db.Set<Decision>().Any(x => EF.Property<Guid>(x, DossierIdColumn) == d.Id && x.DecidedAt < end))
            .GroupBy(d => d.TeamId)
            .Select(g => new { TeamId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.TeamId, r => r.Count, cancellationToken).ConfigureAwait(false);

        // Forms of abuse of the dossiers opened in the period: each dossier once per form.
        var formsOfAbuse = await dossiers
            .Where(d => d.OpenedAt >= start && d.OpenedAt < end)
            .SelectMany(d => d.Signals, (d, s) => new { DossierId = d.Id, d.TeamId, s.Category })
            .Distinct()
            .GroupBy(r => new { r.TeamId, r.Category })
            .Select(g => new { g.Key.TeamId, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Decisions taken in the period, by outcome, and the deviations among them.
        var decisions = await db.Set<Decision>().AsNoTracking()
            .Where(x => x.DecidedAt >= start && x.DecidedAt < end)
            .Join(dossiers, x => EF.Property<Guid>(x, DossierIdColumn), d => d.Id, (x, d) => new { d.TeamId, x.Outcome, x.IsDeviation })
            .GroupBy(r => new { r.TeamId, r.Outcome })
            .Select(g => new { g.Key.TeamId, g.Key.Outcome, Count = g.Count(), Deviations = g.Count(r => r.IsDeviation) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Reports to Veilig Thuis made in the period.
        var from = period.From;
        var to = period.To;
        var reports = await dossiers
            .SelectMany(d => d.Reports.Where(r => r.ReportedOn >= from && r.ReportedOn <= to), (d, r) => d.TeamId)
            .GroupBy(t => t)
            .Select(g => new { TeamId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.TeamId, r => r.Count, cancellationToken).ConfigureAwait(false);

        // The moments of the steps, for the dossiers that can have ended a step in the period: opened before its end,
        // and with activity (every step is an entry in the chronology, which moves the last activity) since its start.
        var steps = await dossiers
            .Where(d => d.OpenedAt < end && d.LastActivityAt >= start)
            .Select(d => new
            {
                d.TeamId,
                Moments = new StepMoments(
                    d.OpenedAt,
                    d.Consultations.Min(c => (DateTimeOffset?)c.RecordedAt),
                    d.Chronology.Where(e => e.Kind == ChronologyEntryKind.ConversationRecorded || e.Kind == ChronologyEntryKind.ConversationSkipped)
                        .Min(e => (DateTimeOffset?)e.OccurredAt),
                    d.WeighingAnswers.Min(a => (DateTimeOffset?)a.AnsweredAt),
                    db.Set<Decision>().Where(x => EF.Property<Guid>(x, DossierIdColumn) == d.Id).Min(x => (DateTimeOffset?)x.DecidedAt),
                    d.ClosedAt),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var completedSteps = steps
            .SelectMany(r => StepTimes.Completed(r.Moments).Where(s => period.Contains(s.EndedAt)), (r, s) => (r.TeamId, s.Step, s.Days))
            .ToList();

        LocationFigures Figures(string name, Func<Guid, bool> includes) => new(
            name,
            openedAndClosed.Values.Where(r => includes(r.TeamId)).Sum(r => r.Opened),
            openedAndClosed.Values.Where(r => includes(r.TeamId)).Sum(r => r.Closed),
            openWithoutDecision.Where(r => includes(r.Key)).Sum(r => r.Value),
            FiguresReport.FormsOfAbuse.ToDictionary(c => c, c => formsOfAbuse.Where(r => r.Category == c && includes(r.TeamId)).Sum(r => r.Count)),
            FiguresReport.Outcomes.ToDictionary(o => o, o => decisions.Where(r => r.Outcome == o && includes(r.TeamId)).Sum(r => r.Count)),
            decisions.Where(r => includes(r.TeamId)).Sum(r => r.Deviations),
            reports.Where(r => includes(r.Key)).Sum(r => r.Value),
            FiguresReport.Steps.ToDictionary(s => s, s =>
            {
                var days = completedSteps.Where(c => c.Step == s && includes(c.TeamId)).Select(c => c.Days).ToList();
                return days.Count == 0 ? StepDuration.None : new StepDuration(days.Average(), days.Count);
            }));

        var perLocation = locations.Select(l => Figures(l.Name, t => t == l.TeamId)).ToList();
        var total = Figures("Totaal", _ => true);
        return new FiguresReport(period, teamId, perLocation, total);
    }

    /// <summary>The shadow key that ties a part of a dossier to it.</summary>
    private const string DossierIdColumn = "DossierId";
}
