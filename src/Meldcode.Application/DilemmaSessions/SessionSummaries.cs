using Meldcode.Application.DilemmaSessions.GetSessionSummary;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions;

/// <summary>Reads a session's summary: the screen, the PDF and the CSV all come from it.</summary>
internal static class SessionSummaries
{
    public static async Task<SessionSummary> ReadAsync(IApplicationDbContext context, DilemmaSession session, CancellationToken cancellationToken)
    {
        var votes = await context.SessionVotes.AsNoTracking()
            .Where(v => v.SessionId == session.Id)
            .Select(v => new { v.Round, v.ParticipantId, v.Answer })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byRound = votes.GroupBy(v => v.Round).ToDictionary(g => g.Key, g => g.ToDictionary(v => v.ParticipantId, v => v.Answer));
        var reflections = await context.Reflections.AsNoTracking()
            .Where(r => r.SessionId == session.Id && r.Status == ReflectionStatus.Approved && r.Text != string.Empty)
            .OrderBy(r => r.SentAt)
            .Select(r => new { r.Dilemma, r.Point, r.Text })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var participants = await context.SessionParticipants.CountAsync(p => p.SessionId == session.Id, cancellationToken).ConfigureAwait(false);

        var points = new List<SummaryPoint>();
        foreach (var dilemma in session.Dilemmas)
        {
            var content = dilemma.Content;
            for (var p = 0; p < content.DecisionPoints.Count; p++)
            {
                var point = content.DecisionPoints[p];
                var first = byRound.GetValueOrDefault(new VoteRound(dilemma.Position, p, 1).ToString()) ?? [];
                var second = byRound.GetValueOrDefault(new VoteRound(dilemma.Position, p, 2).ToString()) ?? [];
                var position = p;
                var results = PointResults.Of(point, first, second);
                points.Add(new SummaryPoint(
                    dilemma.Position + 1,
                    content.Title,
                    dilemma.SourceVersion,
                    p + 1,
                    point.Question,
                    results.First,
                    results.Second,
                    results.Shift,
                    MeldcodeViewText.Of(point),
                    reflections.Where(r => r.Dilemma == dilemma.Position && r.Point == position).Select(r => r.Text).ToList()));
            }
        }

        return new SessionSummary(session.Id, session.Title, session.StartedAt, session.EndedAt, participants, session.ReflectionsErasedAt is not null, points);
    }
}
