using Meldcode.Domain.Administration;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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

    /// <summary>Signed-in sessions; a session cookie is honoured only while its row is here.</summary>
    DbSet<UserSession> UserSessions { get; }

    /// <summary>The administration log: append-only (the context and the database refuse changes and removals).</summary>
    DbSet<AdministrationLogEntry> AdministrationLog { get; }

    /// <summary>What this unit of work has loaded and changed; cleared to start over after a lost race.</summary>
    ChangeTracker ChangeTracker { get; }

    /// <summary>Transactions, e.g. to read several queries from one consistent snapshot.</summary>
    DatabaseFacade Database { get; }

    /// <summary>The version of an aggregate as loaded (raised on every save; used to detect concurrent edits).</summary>
    int VersionOf(object aggregate);

    /// <summary>Saves only if the aggregate is still at this version; otherwise saving throws a concurrency exception.</summary>
    void ExpectVersion(object aggregate, int version);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
