using System.Globalization;
using System.Text;
using Meldcode.Application.Common.Documents;
using Meldcode.Domain.Users;

namespace Meldcode.Application.AccessLog.ExportAccessLog;

/// <summary>
/// The lines of <see cref="GetAccessLog.GetAccessLogQuery"/>'s filter as a CSV file for a spreadsheet, with each line's
/// place in the chain and its hash, so the file can be checked against the log later. Exporting is itself logged.
/// </summary>
[Authorize(Role.PrivacyOfficer)]
[AccessLogged(AccessAction.Export, AccessSubject.AccessLog)]
public sealed record ExportAccessLogQuery(AccessLogFilter Filter) : IRequest<ExportedDocument>, IDescribesAccessPart
{
    public string AccessPart => Filter.Describe();
}

public sealed class ExportAccessLogQueryValidator : AbstractValidator<ExportAccessLogQuery>
{
    public ExportAccessLogQueryValidator()
    {
        this.Filter(q => q.Filter);
    }
}

public sealed class ExportAccessLogQueryHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<ExportAccessLogQuery, ExportedDocument>
{
    private static readonly string[] Header =
        ["Regel", "Tijdstip (UTC)", "Medewerker-id", "Medewerker", "Rollen", "Handeling", "Soort", "Nummer", "Onderdeel", "Uitkomst", "Adres", "Sessie", "Hash"];

    public async Task<ExportedDocument> Handle(ExportAccessLogQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var officer = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var csv = new StringBuilder();
        SpreadsheetCsv.Line(csv, Header);
        await foreach (var row in request.Filter.Apply(context.AccessLog.AsNoTracking(), officer.OrganisationId).Select(AccessLogLine.Row).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var line = AccessLogLine.Of(row);
            SpreadsheetCsv.Line(csv, [
                line.Sequence.ToString(CultureInfo.InvariantCulture),
                line.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                line.UserId.ToString(),
                line.UserName,
                string.Join(" en ", line.Roles.Select(RoleRules.DutchName)),
                AccessLogTerms.Action(line.Action),
                AccessLogTerms.Subject(line.Subject),
                line.Number ?? string.Empty,
                line.Part,
                AccessLogTerms.Outcome(line.Outcome),
                line.ClientAddress ?? string.Empty,
                line.SessionReference ?? string.Empty,
                line.Hash,
            ]);
        }

        var day = DutchTime.Today(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ExportedDocument($"toegangslog-{day}.csv", "text/csv; charset=utf-8", SpreadsheetCsv.Bytes(csv));
    }
}
