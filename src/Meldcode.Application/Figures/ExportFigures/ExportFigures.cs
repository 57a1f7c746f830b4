using System.Globalization;
using Meldcode.Application.Common.Documents;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Figures.ExportFigures;

/// <summary>The same figures as <see cref="GetFigures.GetFiguresQuery"/> (same period, same teams, same refusals), as a CSV file for a spreadsheet (see <see cref="FiguresCsv"/>).</summary>
[Authorize(Role.Board, Role.SafeguardingLead)]
public sealed record ExportFiguresQuery(DateOnly? From = null, DateOnly? To = null, Guid? TeamId = null) : IRequest<ExportedDocument>;

public sealed class ExportFiguresQueryValidator : AbstractValidator<ExportFiguresQuery>
{
    public ExportFiguresQueryValidator(TimeProvider clock)
    {
        this.Period(q => q.From, q => q.To, clock);
    }
}

public sealed class ExportFiguresQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<ExportFiguresQuery, ExportedDocument>
{
    public async Task<ExportedDocument> Handle(ExportFiguresQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var locations = await FigureLocations.ChosenAsync(context, user, request.TeamId, cancellationToken).ConfigureAwait(false);
        var period = FiguresPeriod.Resolve(request.From, request.To, DutchTime.Today(clock.GetUtcNow()));
        var report = await FigureCounts.CountAsync(context, locations, period, request.TeamId, cancellationToken).ConfigureAwait(false);
        var name = string.Create(CultureInfo.InvariantCulture, $"meldcode-cijfers-{period.From:yyyy-MM-dd}-tot-en-met-{period.To:yyyy-MM-dd}.csv");
        return new ExportedDocument(name, "text/csv; charset=utf-8", FiguresCsv.Write(report));
    }
}
