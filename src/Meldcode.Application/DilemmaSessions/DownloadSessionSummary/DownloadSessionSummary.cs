using Meldcode.Application.Common.Documents;
using Meldcode.Domain.DilemmaSessions;
using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.DownloadSessionSummary;

/// <summary>The session's summary as a PDF (through the document pipeline every Meldcode document uses) or as CSV for a spreadsheet.</summary>
[Authorize(Role.Trainer)]
public sealed record DownloadSessionSummaryQuery(Guid SessionId, SummaryFormat? Format) : IRequest<ExportedDocument>;

public sealed class DownloadSessionSummaryQueryHandler(IApplicationDbContext context, CurrentUserContext users, IDocumentRenderer renderer, TimeProvider clock)
    : IRequestHandler<DownloadSessionSummaryQuery, ExportedDocument>
{
    public async Task<ExportedDocument> Handle(DownloadSessionSummaryQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var session = await TrainerSessions.LoadOwnAsync(context, users, request.SessionId, tracked: false, cancellationToken).ConfigureAwait(false);
        if (session.State == SessionState.Prepared)
        {
            throw new DomainException("Deze sessie is nog niet begonnen: er is nog geen samenvatting.");
        }

        var summary = await SessionSummaries.ReadAsync(context, session, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var date = DutchTime.Today(session.StartedAt ?? now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (request.Format == SummaryFormat.Csv)
        {
            return new ExportedDocument($"dilemmasessie-{date}.csv", "text/csv; charset=utf-8", SessionSummaryCsv.Write(summary));
        }

        var organisation = await context.Organisations.AsNoTracking()
            .Where(o => o.Id == user.OrganisationId).Select(o => o.Name)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var description = new DocumentDescription(
            "Samenvatting dilemmasessie",
            summary.Title,
            organisation,
            $"Dilemmasessie {date}",
            Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            now,
            user.Name);
        return new ExportedDocument($"dilemmasessie-{date}.pdf", "application/pdf", renderer.RenderPdf(SessionSummaryDocument.Compose(summary, description)));
    }
}
