namespace Meldcode.Application.Common.Persistence;

/// <summary>
/// Optimistic concurrency for aggregates users edit: a change is applied only to the version the
/// user saw, and saved only if nobody saved in between. Either way the user gets the Dutch conflict message.
/// </summary>
public static class VersionedSave
{
    /// <summary>The name of the version every edited aggregate carries (a shadow property; read it in queries with <c>EF.Property&lt;int&gt;(entity, VersionProperty)</c>).</summary>
    public const string VersionProperty = "Version";

    /// <summary>Refuses at once when the loaded aggregate is no longer the version the user saw, and makes the save check it again.</summary>
    public static void EnsureVersion(this IApplicationDbContext context, object aggregate, int expectedVersion, string message = ConcurrencyConflictException.DutchMessage)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.VersionOf(aggregate) != expectedVersion)
        {
            throw new ConcurrencyConflictException(message);
        }

        context.ExpectVersion(aggregate, expectedVersion);
    }

    /// <summary>Saves; a save that lost the race to another one becomes a <see cref="ConcurrencyConflictException"/>.</summary>
    public static Task SaveOrConflictAsync(this IApplicationDbContext context, CancellationToken cancellationToken) =>
        context.SaveOrConflictAsync(ConcurrencyConflictException.DutchMessage, cancellationToken);

    /// <summary>Saves; a save that lost the race to another one becomes a <see cref="ConcurrencyConflictException"/> with this message.</summary>
    public static async Task SaveOrConflictAsync(this IApplicationDbContext context, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException(message, exception);
        }
    }
}
