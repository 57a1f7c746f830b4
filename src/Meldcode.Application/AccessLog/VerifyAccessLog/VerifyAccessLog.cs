using Meldcode.Domain.Users;

namespace Meldcode.Application.AccessLog.VerifyAccessLog;

/// <summary>
/// Checks the whole chain of the access log, line by line (<see cref="AccessLogVerifier"/>): whether it is intact,
/// and where it first breaks if not. The privacy officer runs it from the log's page; the operator runs the same
/// check with <c>dotnet Meldcode.Web.dll verify-access-log</c>.
/// </summary>
[Authorize(Role.PrivacyOfficer)]
[AccessLogged(AccessAction.Read, AccessSubject.AccessLog, Part = "Toegangslog: controle van de keten")]
public sealed record VerifyAccessLogQuery : IRequest<AccessLogCheck>;

/// <summary>The outcome: how many lines were checked, and the first break (null when intact).</summary>
public sealed record AccessLogCheck(long Checked, AccessLogBreak? Break)
{
    public bool IsIntact => Break is null;

    /// <summary>Checks the chain in the order of its lines, reading them one at a time.</summary>
    public static async Task<AccessLogCheck> RunAsync(IApplicationDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verifier = new AccessLogVerifier();
        await foreach (var entry in context.AccessLog.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!verifier.Next(entry))
            {
                break;
            }
        }

        return new AccessLogCheck(verifier.Checked, verifier.Break);
    }
}

public sealed class VerifyAccessLogQueryHandler(IApplicationDbContext context) : IRequestHandler<VerifyAccessLogQuery, AccessLogCheck>
{
    public Task<AccessLogCheck> Handle(VerifyAccessLogQuery request, CancellationToken cancellationToken) =>
        AccessLogCheck.RunAsync(context, cancellationToken);
}
