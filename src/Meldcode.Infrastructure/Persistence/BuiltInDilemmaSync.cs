using Meldcode.Domain.Dilemmas;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Brings the built-in dilemmas in the database in line with those the product ships (<see cref="DilemmaLibrary"/>),
/// at every start after migrating: a missing one is added, one whose content changed gets a new version, one the
/// product no longer ships is archived (its versions stay for the sessions that used them). Running it again changes
/// nothing.
/// </summary>
public sealed class BuiltInDilemmaSync
{
    private readonly ApplicationDbContext _context;
    private readonly TimeProvider _clock;

    public BuiltInDilemmaSync(ApplicationDbContext context, TimeProvider clock)
    {
        _context = context;
        _clock = clock;
    }

    public Task<BuiltInDilemmaSyncResult> SynchroniseAsync(CancellationToken cancellationToken) =>
        SynchroniseAsync(DilemmaLibrary.All, cancellationToken);

    public async Task<BuiltInDilemmaSyncResult> SynchroniseAsync(IReadOnlyList<Dilemma> shipped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var now = _clock.GetUtcNow();
        var stored = await _context.LibraryDilemmas
            .Where(d => d.OrganisationId == null && d.Origin == DilemmaOrigin.BuiltIn)
            .Include(d => d.Versions)
            .AsSplitQuery()
            .ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);

        int added = 0, updated = 0, archived = 0;
        foreach (var content in shipped)
        {
            if (!stored.TryGetValue(content.Key, out var dilemma))
            {
                _context.LibraryDilemmas.Add(LibraryDilemma.BuiltIn(content, now));
                added++;
            }
            else if (dilemma.UpdateBuiltIn(content, now) is not null)
            {
                updated++;
            }
        }

        var shippedKeys = shipped.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var dilemma in stored.Values.Where(d => !d.IsArchived && !shippedKeys.Contains(d.Key)))
        {
            dilemma.Archive(now);
            archived++;
        }

        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new BuiltInDilemmaSyncResult(added, updated, archived);
    }
}
