using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Meldcode.Application.Common.Interfaces;

/// <summary>The database as the use cases see it. Handlers query the sets directly (no repositories).</summary>
public interface IApplicationDbContext
{
    DbSet<Organisation> Organisations { get; }

    DbSet<Team> Teams { get; }

    DbSet<User> Users { get; }

    DbSet<Dossier> Dossiers { get; }

    DbSet<StaffConcern> StaffConcerns { get; }

    /// <summary>Transactions, e.g. to read several queries from one consistent snapshot.</summary>
    DatabaseFacade Database { get; }

    /// <summary>The version of an aggregate as loaded (raised on every save; used to detect concurrent edits).</summary>
    int VersionOf(object aggregate);

    /// <summary>Saves only if the aggregate is still at this version; otherwise saving throws a concurrency exception.</summary>
    void ExpectVersion(object aggregate, int version);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
