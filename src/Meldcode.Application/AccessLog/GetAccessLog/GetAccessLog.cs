using Meldcode.Domain.Users;

namespace Meldcode.Application.AccessLog.GetAccessLog;

/// <summary>
/// The privacy officer reads the organisation's access log, filtered (<see cref="AccessLogFilter"/>), a page at a time,
/// refused attempts first. Reading it is itself a line in the log. The privacy officer sees who accessed which record
/// and how, never the record.
/// </summary>
[Authorize(Role.PrivacyOfficer)]
[AccessLogged(AccessAction.Read, AccessSubject.AccessLog)]
public sealed record GetAccessLogQuery(AccessLogFilter Filter, int Page = 1) : IRequest<AccessLogPage>, IDescribesAccessPart
{
    public string AccessPart => Filter.Describe();
}

public sealed record AccessLogPage(IReadOnlyList<AccessLogLine> Lines, int Page, int PageCount, int Total);

public sealed class GetAccessLogQueryValidator : AbstractValidator<GetAccessLogQuery>
{
    public GetAccessLogQueryValidator()
    {
        this.Filter(q => q.Filter);
    }
}

public sealed class GetAccessLogQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetAccessLogQuery, AccessLogPage>
{
    public const int PageSize = 50;

    public async Task<AccessLogPage> Handle(GetAccessLogQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var officer = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var lines = request.Filter.Apply(context.AccessLog.AsNoTracking(), officer.OrganisationId);
        var total = await lines.CountAsync(cancellationToken).ConfigureAwait(false);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        var rows = await lines
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(AccessLogLine.Row)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AccessLogPage(rows.Select(AccessLogLine.Of).ToList(), page, pageCount, total);
    }
}
