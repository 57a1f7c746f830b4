using System.Globalization;
using System.Security.Cryptography;
using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.StartSession;

/// <summary>
/// Starts a prepared session: it gets a random six-digit code that no other running session has, and vote 1 of
/// the first decision point opens.
/// </summary>
[Authorize(Role.Trainer)]
public sealed record StartSessionCommand(Guid SessionId) : IRequest<string>;

public sealed class StartSessionCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock, ISessionSignals signals)
    : IRequestHandler<StartSessionCommand, string>
{
    private const int Attempts = 20;

    public async Task<string> Handle(StartSessionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = await TrainerSessions.LoadOwnAsync(context, users, request.SessionId, tracked: true, cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            if (await context.DilemmaSessions.AnyAsync(s => s.JoinCode == code, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            session.Start(code, clock.GetUtcNow());
            await context.SaveOrConflictAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            signals.StageChanged(session.Id);
            return code;
        }

        throw new InvalidOperationException("No free join code was found.");
    }
}
