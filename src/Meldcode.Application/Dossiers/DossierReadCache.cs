using Meldcode.Domain.Dossiers;
using Microsoft.Extensions.Caching.Memory;

namespace Meldcode.Application.Dossiers;

/// <summary>
/// Dossiers as read for display, kept in memory per (dossier, version). A version is never reused —
/// every save raises it — so an entry can never be stale: a changed dossier is simply looked up under
/// its new version, and the old entry ages out. Access is still decided on every request from the
/// database, before this cache is asked. Entries are read-only: nothing may change a cached dossier
/// (use cases that change a dossier load their own, tracked copy). Bounded in count and age, so a
/// dossier's contents do not linger in memory.
/// </summary>
public sealed class DossierReadCache : IDisposable
{
    /// <summary>At most this many dossiers are kept (a typical dossier is tens of kilobytes).</summary>
    public const int Capacity = 256;

    /// <summary>An entry nobody reads for this long is dropped.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public bool TryGet(Guid dossierId, int version, out Dossier? dossier) =>
        _entries.TryGetValue(new Key(dossierId, version), out dossier);

    public void Add(Guid dossierId, int version, Dossier dossier) =>
        _entries.Set(new Key(dossierId, version), dossier, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });

    public void Dispose() => _entries.Dispose();

    private readonly record struct Key(Guid DossierId, int Version);
}
